package ma.remacto.participation.query;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;

/** The consultations a resident may vote in, and the choices that count for one ballot. */
@Service
public class BallotQueries {

    /** A consultation as a receipt names it. */
    public record Consultation(String id, String title, String collectivityId) {
    }

    /** The choice that counts for a ballot on one item. */
    public record Choice(String itemId, String choice) {
    }

    private final JdbcClient jdbc;

    BallotQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Consultation> consultationsOf(Collection<String> collectivityIds) {
        if (collectivityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, title, collectivity_id FROM consultation WHERE collectivity_id IN (:ids) ORDER BY opened_at, id")
                .param("ids", collectivityIds)
                .query((rs, n) -> new Consultation(rs.getString("id"), rs.getString("title"), rs.getString("collectivity_id")))
                .list();
    }

    public List<Choice> choices(String consultationId, String ballotId) {
        return jdbc.sql("""
                        SELECT v.item_id, v.choice FROM online_vote v
                        LEFT JOIN consultation_item i ON i.consultation_id = v.consultation_id AND i.item_id = v.item_id
                        WHERE v.consultation_id = :consultation AND v.ballot_id = :ballot
                        ORDER BY i.position, v.item_id""")
                .param("consultation", consultationId).param("ballot", ballotId)
                .query((rs, n) -> new Choice(rs.getString("item_id"), rs.getString("choice")))
                .list();
    }
}
