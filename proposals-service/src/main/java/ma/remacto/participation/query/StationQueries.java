package ma.remacto.participation.query;

import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.kit.kafka.EventJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the stations read model. */
@Service
public class StationQueries {

    private static final TypeReference<List<AgendaSlot>> AGENDA = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Integer>> COUNTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STATION_IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    StationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The process's stations in date order. */
    public List<StationView> ofProcess(String processId) {
        return jdbc.sql("SELECT * FROM station WHERE process_id = :process ORDER BY starts_on, ends_on, station_id")
                .param("process", processId)
                .query((rs, n) -> view(rs)).list();
    }

    /** The figures of proposals the process's stations reported, in the order of their stations. */
    public List<ProposalFigure> figuresOf(String processId) {
        return jdbc.sql("SELECT * FROM proposal_figure WHERE process_id = :process ORDER BY stations")
                .param("process", processId)
                .query((rs, n) -> new ProposalFigure(read(rs.getString("station_ids"), STATION_IDS),
                        rs.getInt("proposals"), rs.getBoolean("approximate"), rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    public Optional<StationView> find(String processId, String stationId) {
        return jdbc.sql("SELECT * FROM station WHERE process_id = :process AND station_id = :station")
                .param("process", processId).param("station", stationId)
                .query((rs, n) -> view(rs)).optional();
    }

    private static StationView view(ResultSet rs) throws SQLException {
        StationView.Attendance attendance = null;
        if (rs.getTimestamp("attendance_recorded_at") != null) {
            int women = rs.getInt("women");
            int men = rs.getInt("men");
            int unspecified = rs.getInt("unspecified");
            String byCategory = rs.getString("by_category");
            attendance = new StationView.Attendance(women, men, unspecified, women + men + unspecified,
                    byCategory == null ? Map.of() : read(byCategory, COUNTS),
                    rs.getObject("proposals_collected", Integer.class),
                    rs.getTimestamp("attendance_recorded_at").toInstant());
        }
        return new StationView(
                rs.getString("station_id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("place"),
                read(rs.getString("agenda"), AGENDA),
                rs.getString("status"),
                rs.getString("status_reason"),
                attendance);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
