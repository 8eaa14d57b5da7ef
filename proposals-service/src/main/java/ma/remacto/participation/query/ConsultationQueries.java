package ma.remacto.participation.query;

import ma.remacto.events.participation.ConsultationItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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
    /** No event changes a consultation once opened, so each vote need not read it again. */
    private final Map<String, ConsultationView> opened = new ConcurrentHashMap<>();

    ConsultationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ConsultationView> find(String id) {
        ConsultationView known = opened.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ConsultationView> read = read(id);
        if (read.isPresent() && opened.size() < KEPT) {
            opened.put(id, read.get());
        }
        return read;
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
            return new ConsultationResults(consultation.id(), consultation.processId(), consultation.collectivityId(),
                    consultation.title(), consultation.opensAt(), consultation.closesAt(), items);
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
