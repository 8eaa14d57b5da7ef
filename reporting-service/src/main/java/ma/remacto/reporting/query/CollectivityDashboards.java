package ma.remacto.reporting.query;

import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.reporting.query.CollectivityDashboard.Attendance;
import ma.remacto.reporting.query.CollectivityDashboard.Collectivity;
import ma.remacto.reporting.query.CollectivityDashboard.Process;
import ma.remacto.reporting.query.CollectivityDashboard.Proposals;
import ma.remacto.reporting.query.CollectivityDashboard.Station;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of a collectivity's dashboard at a date. */
@Service
public class CollectivityDashboards {

    private static final List<String> PROPOSAL_STATUSES =
            List.of("RECEIVED", "UNDER_STUDY", "RETAINED", "NOT_RETAINED", "MERGED", "WITHDRAWN");

    private static final TypeReference<List<AgendaSlot>> AGENDA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ProgramReads programs;
    private final ConsultationResults consultations;
    private final OnlineParticipation online;
    private final ProposalsFigures figures;
    private final DocumentReads documents;
    private final ProposalChannels channels;

    CollectivityDashboards(JdbcClient jdbc, ProgramReads programs, ConsultationResults consultations,
                           OnlineParticipation online, ProposalsFigures figures, DocumentReads documents,
                           ProposalChannels channels) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.consultations = consultations;
        this.online = online;
        this.figures = figures;
        this.documents = documents;
        this.channels = channels;
    }

    public CollectivityDashboard of(String collectivityId, LocalDate asOf) {
        Collectivity collectivity = collectivity(collectivityId, asOf);
        // Events without a business date count from the day they were recorded (UTC).
        Timestamp endOfDay = Timestamp.from(asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        List<Station> stations = stations(collectivityId, asOf);
        Instant now = Instant.now();
        Instant statusAt = endOfDay.toInstant().isBefore(now) ? endOfDay.toInstant() : now;
        return new CollectivityDashboard(asOf, collectivity,
                StationFigures.participation(stations, online.authors(collectivityId, endOfDay),
                        online.voters(collectivityId, endOfDay)),
                proposals(collectivityId, endOfDay,
                        StationFigures.proposalsReported(stations, figures.of(collectivityId))), stations,
                processes(collectivityId, asOf, endOfDay), programs.latest(collectivityId, asOf),
                consultations.of(collectivityId, endOfDay, statusAt), documents.of(collectivityId, endOfDay));
    }

    /** The collectivity with its status at the date: the last one dated by then (a registration is undated). */
    private Collectivity collectivity(String id, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT m.*,
                               COALESCE((SELECT h.status FROM member_status_history h
                                         WHERE h.collectivity_id = m.collectivity_id
                                           AND (h.effective_on IS NULL OR h.effective_on <= :asOf)
                                         ORDER BY h.sequence DESC LIMIT 1), m.status) AS status_then
                        FROM member m WHERE m.collectivity_id = :id""")
                .param("id", id)
                .param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new Collectivity(rs.getString("collectivity_id"), rs.getString("kind"),
                        rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_tzm"),
                        rs.getString("region_id"), rs.getString("province"), rs.getString("status_then")))
                .optional()
                .orElseThrow(() -> new NotFound("collectivity", id));
    }

    private List<Station> stations(String collectivityId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT s.station_id, s.process_id, s.kind, s.title, s.starts_on, s.ends_on, s.place,
                               s.status, s.agenda, a.station_id AS counted, a.women, a.men, a.unspecified,
                               a.by_category, a.proposals_collected
                        FROM station s LEFT JOIN station_attendance a ON a.station_id = s.station_id
                        WHERE s.collectivity_id = :id AND s.starts_on <= :asOf
                        ORDER BY s.starts_on, s.ends_on NULLS LAST, s.station_id""")
                .param("id", collectivityId)
                .param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new Station(rs.getString("station_id"), rs.getString("process_id"),
                        rs.getString("kind"), rs.getString("title"), rs.getDate("starts_on").toLocalDate(),
                        localDate(rs.getDate("ends_on")), rs.getString("place"), rs.getString("status"),
                        agenda(rs.getString("agenda")), attendance(rs)))
                .list();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<AgendaSlot> agenda(String json) {
        try {
            return EventJson.mapper().readValue(json, AGENDA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Attendance attendance(ResultSet rs) throws SQLException {
        if (rs.getString("counted") == null) {
            return null;
        }
        int women = rs.getInt("women");
        int men = rs.getInt("men");
        int unspecified = rs.getInt("unspecified");
        return new Attendance(women, men, unspecified, women + men + unspecified, rs.getString("by_category"),
                (Integer) rs.getObject("proposals_collected"));
    }

    /** Proposals recorded by the end of the date and not hidden by then, each in its status at that time. */
    private Proposals proposals(String collectivityId, Timestamp endOfDay, StationFigures.Reported reported) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        PROPOSAL_STATUSES.forEach(status -> byStatus.put(status, 0L));
        jdbc.sql("""
                        WITH status_then AS (
                            SELECT DISTINCT ON (h.proposal_id) h.proposal_id, h.status
                            FROM proposal_status_history h JOIN proposal p USING (proposal_id)
                            WHERE p.collectivity_id = :id AND p.submitted_at < :end
                              AND (p.hidden_at IS NULL OR p.hidden_at >= :end) AND h.recorded_at < :end
                            ORDER BY h.proposal_id, h.position DESC)
                        SELECT status, count(*) AS n FROM status_then GROUP BY status""")
                .param("id", collectivityId)
                .param("end", endOfDay)
                .query(rs -> {
                    byStatus.merge(rs.getString("status"), rs.getLong("n"), Long::sum);
                });
        long recorded = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long retained = byStatus.get("RETAINED");
        long decided = retained + byStatus.get("NOT_RETAINED");
        BigDecimal retentionRate = decided == 0 ? null
                : BigDecimal.valueOf(retained).divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP);
        return new Proposals(recorded, reported.proposals(), reported.approximate(), byStatus,
                channels.of(collectivityId, endOfDay), retentionRate);
    }

    /**
     * Processes recorded by the end of the date, or already running then by their stations' dates
     * (a process entered afterwards for a past cycle), with their phase at the date.
     */
    private List<Process> processes(String collectivityId, LocalDate asOf, Timestamp endOfDay) {
        return jdbc.sql("""
                        SELECT p.process_id, p.title, p.cycle,
                               COALESCE((SELECT h.phase FROM process_phase_history h
                                         WHERE h.process_id = p.process_id AND h.changed_on <= :asOf
                                         ORDER BY h.changed_on DESC, h.position DESC LIMIT 1),
                                        'IDEA_COLLECTION') AS phase
                        FROM process_summary p
                        WHERE p.collectivity_id = :id
                          AND (p.opened_at < :end OR EXISTS (SELECT 1 FROM station s
                                                             WHERE s.process_id = p.process_id
                                                               AND s.starts_on <= :asOf))
                        ORDER BY p.opened_at, p.process_id""")
                .param("id", collectivityId)
                .param("asOf", Date.valueOf(asOf))
                .param("end", endOfDay)
                .query((rs, n) -> new Process(rs.getString("process_id"), rs.getString("title"), rs.getString("cycle"),
                        rs.getString("phase")))
                .list();
    }
}
