package ma.remacto.participation.query;

import ma.remacto.kit.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads of the process read model. */
@Service
public class ProcessQueries {

    private final JdbcClient jdbc;
    private final StationQueries stations;

    ProcessQueries(JdbcClient jdbc, StationQueries stations) {
        this.jdbc = jdbc;
        this.stations = stations;
    }

    /** The process with its stations and the figures of proposals they reported. */
    public Optional<ProcessView> find(String id) {
        return jdbc.sql("SELECT * FROM co_creation_process WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional()
                .map(process -> process.withStations(stations.ofProcess(id), stations.figuresOf(id)));
    }

    /** A page of processes ordered by id, after the cursor (the last id of the previous page). */
    public Page<ProcessView> list(String collectivityId, String after, int limit) {
        List<ProcessView> rows = jdbc.sql("""
                        SELECT * FROM co_creation_process
                        WHERE (CAST(:collectivity AS varchar) IS NULL OR collectivity_id = :collectivity)
                          AND (CAST(:after AS varchar) IS NULL OR id > :after)
                        ORDER BY id LIMIT :limit""")
                .param("collectivity", collectivityId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> view(rs)).list();
        return Page.of(rows, limit, ProcessView::id);
    }

    private static ProcessView view(ResultSet rs) throws SQLException {
        return new ProcessView(
                rs.getString("id"),
                rs.getString("collectivity_id"),
                rs.getString("title"),
                rs.getString("cycle"),
                rs.getString("status"),
                rs.getString("status"),
                rs.getObject("phase_changed_on", LocalDate.class),
                rs.getTimestamp("opened_at").toInstant(),
                null,
                null);
    }
}
