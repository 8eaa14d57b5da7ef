package ma.remacto.participation.query;

import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.VotingWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads of the consultations read model and their results. */
@Service
public class ConsultationQueries {

    private static final ConsultationResults.Counts NONE = new ConsultationResults.Counts(0, 0);
    private static final int KEPT = 1000;

    private final JdbcClient jdbc;
    private final VotingWindows windows;
    /**
     * A consultation's items never change once opened, so each vote need not read them again; its
     * window may (an early closing, an extension) and is read each time from {@link VotingWindows}.
     */
    private final Map<String, ConsultationView> opened = new ConcurrentHashMap<>();

    ConsultationQueries(JdbcClient jdbc, VotingWindows windows) {
        this.jdbc = jdbc;
        this.windows = windows;
    }

    /** The consultation with its current window. */
    public Optional<ConsultationView> find(String id) {
        ConsultationView known = opened.get(id);
        Optional<ConsultationView> view = known != null ? Optional.of(known) : read(id);
        if (known == null && view.isPresent() && opened.size() < KEPT) {
            opened.put(id, view.get());
        }
        return view.map(consultation -> windows.of(id).map(consultation::within).orElse(consultation));
    }

    /** Reads the items once the consultation's result set is closed: one connection at a time, never two. */
    private Optional<ConsultationView> read(String id) {
        return jdbc.sql("SELECT * FROM consultation WHERE id = :id").param("id", id)
                .query((rs, n) -> new ConsultationView(rs.getString("id"), rs.getString("process_id"),
                        rs.getString("collectivity_id"), rs.getString("title"), rs.getTimestamp("opens_at").toInstant(),
                        rs.getTimestamp("closes_at").toInstant(), List.of()))
                .optional()
                .map(consultation -> new ConsultationView(consultation.id(), consultation.processId(),
                        consultation.collectivityId(), consultation.title(), consultation.opensAt(),
                        consultation.closesAt(), items(id)));
    }

    /**
     * A page of consultations ordered by id, after the cursor (the last id of the previous page),
     * of a process or of a collectivity (either may be {@code null}), with a status now when given,
     * each within its current window.
     */
    public Page<ConsultationSummary> list(String processId, String collectivityId, ConsultationStatus status,
                                          String after, int limit) {
        Instant now = Instant.now();
        List<ConsultationSummary> rows = jdbc.sql("""
                        SELECT c.id, c.process_id, c.collectivity_id, c.title, w.opens_at, w.closes_at
                        FROM consultation c JOIN voting_window w ON w.consultation_id = c.id
                        WHERE (CAST(:process AS varchar) IS NULL OR c.process_id = :process)
                          AND (CAST(:collectivity AS varchar) IS NULL OR c.collectivity_id = :collectivity)
                          AND (CAST(:status AS varchar) IS NULL
                               OR :status = 'CLOSED' AND w.closes_at <= :now
                               OR :status = 'OPEN' AND w.opens_at <= :now AND w.closes_at > :now
                               OR :status = 'UPCOMING' AND w.opens_at > :now AND w.closes_at > :now)
                          AND (CAST(:after AS varchar) IS NULL OR c.id > :after)
                        ORDER BY c.id LIMIT :limit""")
                .param("process", processId)
                .param("collectivity", collectivityId)
                .param("status", status == null ? null : status.name())
                .param("now", Timestamp.from(now))
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> summary(rs, now)).list();
        return Page.of(rows, limit, ConsultationSummary::consultationId);
    }

    private static ConsultationSummary summary(ResultSet rs, Instant now) throws SQLException {
        Instant opensAt = rs.getTimestamp("opens_at").toInstant();
        Instant closesAt = rs.getTimestamp("closes_at").toInstant();
        return new ConsultationSummary(rs.getString("id"), rs.getString("process_id"), rs.getString("collectivity_id"),
                rs.getString("title"), opensAt, closesAt, ConsultationStatus.at(now, opensAt, closesAt));
    }

    public Optional<ConsultationResults> results(String id) {
        return find(id).map(consultation -> {
            Map<String, ConsultationResults.Counts> online = counts("""
                    SELECT item_id, count(*) FILTER (WHERE choice = 'FOR') AS votes_for,
                           count(*) FILTER (WHERE choice = 'AGAINST') AS votes_against
                    FROM online_vote WHERE consultation_id = :id GROUP BY item_id""", id);
            Map<String, ConsultationResults.Counts> inPerson = counts("""
                    SELECT item_id, sum(votes_for) AS votes_for, sum(votes_against) AS votes_against
                    FROM in_person_tally WHERE consultation_id = :id GROUP BY item_id""", id);
            List<ConsultationResults.Item> items = consultation.items().stream().map(item -> {
                ConsultationResults.Counts fromOnline = online.getOrDefault(item.itemId(), NONE);
                ConsultationResults.Counts fromBallots = inPerson.getOrDefault(item.itemId(), NONE);
                return new ConsultationResults.Item(item.itemId(), item.ref(), item.title(), fromOnline, fromBallots,
                        fromOnline.plus(fromBallots));
            }).toList();
            VotingWindow window = consultation.window();
            return new ConsultationResults(consultation.id(), consultation.processId(), consultation.collectivityId(),
                    consultation.title(), window.opensAt(), window.closesAt(),
                    ConsultationStatus.at(Instant.now(), window.opensAt(), window.closesAt()), items);
        });
    }

    private List<ConsultationItem> items(String consultationId) {
        return jdbc.sql("SELECT * FROM consultation_item WHERE consultation_id = :id ORDER BY position")
                .param("id", consultationId)
                .query((rs, n) -> new ConsultationItem(rs.getString("item_id"), rs.getString("ref"), rs.getString("title")))
                .list();
    }

    private Map<String, ConsultationResults.Counts> counts(String sql, String consultationId) {
        Map<String, ConsultationResults.Counts> counts = new HashMap<>();
        jdbc.sql(sql).param("id", consultationId).query(rs -> {
            counts.put(rs.getString("item_id"),
                    new ConsultationResults.Counts(rs.getLong("votes_for"), rs.getLong("votes_against")));
        });
        return counts;
    }
}
