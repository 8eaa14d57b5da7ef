package ma.remacto.reporting.query;

import ma.remacto.reporting.query.CollectivityDashboard.Consultation;
import ma.remacto.reporting.query.CollectivityDashboard.ItemResult;
import ma.remacto.reporting.query.CollectivityDashboard.Votes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A collectivity's consultations with their results item by item: each ballot's latest choice
 * online, each station's latest tally in person, and both together. Ballots carry no time here,
 * so the results are those recorded so far.
 */
@Component
class ConsultationResults {

    private final JdbcClient jdbc;

    ConsultationResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Header(String id, String processId, String title, Instant opensAt, Instant closesAt) {
    }

    /** The consultations opened before {@code end}, in order, with their status at {@code at}. */
    List<Consultation> of(String collectivityId, Timestamp end, Instant at) {
        Map<Header, List<ItemResult>> items = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.consultation_id, c.process_id, c.title, c.opens_at, c.closes_at,
                               i.item_id, i.ref, i.title AS item_title,
                               b.votes_for AS online_for, b.votes_against AS online_against,
                               COALESCE(t.votes_for, 0) AS in_person_for,
                               COALESCE(t.votes_against, 0) AS in_person_against
                        FROM consultation c
                        LEFT JOIN consultation_item i ON i.consultation_id = c.consultation_id
                        LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE b.choice = 'FOR') AS votes_for,
                                                  count(*) FILTER (WHERE b.choice = 'AGAINST') AS votes_against
                                           FROM ballot b
                                           WHERE b.consultation_id = i.consultation_id AND b.item_id = i.item_id) b
                               ON true
                        LEFT JOIN LATERAL (SELECT sum(t.votes_for) AS votes_for, sum(t.votes_against) AS votes_against
                                           FROM in_person_tally t
                                           WHERE t.consultation_id = i.consultation_id AND t.item_id = i.item_id) t
                               ON true
                        WHERE c.collectivity_id = :id AND c.opens_at < :end
                        ORDER BY c.opens_at, c.consultation_id, i.item_id""")
                .param("id", collectivityId)
                .param("end", end)
                .query(rs -> {
                    Header header = new Header(rs.getString("consultation_id"), rs.getString("process_id"),
                            rs.getString("title"), rs.getTimestamp("opens_at").toInstant(),
                            rs.getTimestamp("closes_at").toInstant());
                    List<ItemResult> results = items.computeIfAbsent(header, key -> new ArrayList<>());
                    if (rs.getString("item_id") != null) {
                        Votes online = Votes.of(rs.getLong("online_for"), rs.getLong("online_against"));
                        Votes inPerson = Votes.of(rs.getLong("in_person_for"), rs.getLong("in_person_against"));
                        results.add(new ItemResult(rs.getString("item_id"), rs.getString("ref"),
                                rs.getString("item_title"), online, inPerson, online.plus(inPerson)));
                    }
                });
        List<Consultation> consultations = new ArrayList<>();
        items.forEach((header, results) -> consultations.add(new Consultation(header.id(), header.processId(),
                header.title(), header.opensAt(), header.closesAt(), status(header, at), results)));
        return consultations;
    }

    private static String status(Header consultation, Instant at) {
        if (at.isBefore(consultation.opensAt())) {
            return "UPCOMING";
        }
        return at.isBefore(consultation.closesAt()) ? "OPEN" : "CLOSED";
    }
}
