package ma.remacto.programs.query;

import ma.remacto.kit.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads of the program read model. */
@Service
public class ProgramQueries {

    private final JdbcClient jdbc;

    ProgramQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProgramView> find(String id) {
        return jdbc.sql("SELECT * FROM program WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional();
    }

    /** A page of programs ordered by id, after the cursor (the last id of the previous page). */
    public Page<ProgramView> list(String collectivityId, String after, int limit) {
        List<ProgramView> rows = jdbc.sql("""
                        SELECT * FROM program
                        WHERE (CAST(:collectivity AS varchar) IS NULL OR collectivity_id = :collectivity)
                          AND (CAST(:after AS varchar) IS NULL OR id > :after)
                        ORDER BY id LIMIT :limit""")
                .param("collectivity", collectivityId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> view(rs)).list();
        return Page.of(rows, limit, ProgramView::id);
    }

    private static ProgramView view(ResultSet rs) throws SQLException {
        return new ProgramView(
                rs.getString("id"),
                rs.getString("collectivity_id"),
                rs.getString("title"),
                rs.getInt("start_year"),
                rs.getInt("end_year"),
                rs.getString("status"),
                rs.getBigDecimal("total_cost_mad"),
                List.of(),
                rs.getBigDecimal("progress_percent"),
                rs.getTimestamp("drafted_at").toInstant());
    }
}
