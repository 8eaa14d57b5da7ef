package ma.remacto.participation.query;

import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.events.participation.StationKind;
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

    private static final TypeReference<List<DocumentRef>> DOCUMENTS = new TypeReference<>() {
    };
    /** A station, with the adoption of the program it is linked to when this service knows it. */
    private static final String SELECT = """
            SELECT s.*, p.adopted_on AS program_adopted_on, p.session AS program_session
            FROM station s LEFT JOIN program_replica p ON p.program_id = s.program_id""";

    private final JdbcClient jdbc;

    StationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The process's stations in date order. */
    public List<StationView> ofProcess(String processId) {
        return jdbc.sql(SELECT + " WHERE s.process_id = :process ORDER BY s.starts_on, s.ends_on, s.station_id")
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
        return jdbc.sql(SELECT + " WHERE s.process_id = :process AND s.station_id = :station")
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
                attendance,
                read(rs.getString("documents"), DOCUMENTS),
                rs.getString("program_id"),
                adoption(rs));
    }

    private static StationView.Adoption adoption(ResultSet rs) throws SQLException {
        LocalDate adoptedOn = rs.getObject("program_adopted_on", LocalDate.class);
        return adoptedOn == null || !StationKind.COUNCIL_ADOPTION.name().equals(rs.getString("kind")) ? null
                : new StationView.Adoption(adoptedOn, rs.getString("program_session"));
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
