package ma.remacto.participation.query;

import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the choice that counts for each ballot and item. Idempotent (an upsert keyed by ballot),
 * so a vote counts once however often it was cast; a pooled processor with large batches keeps up
 * with thousands of votes (see application.yml).
 */
@Component
@ProcessingGroup("vote-view")
class VoteProjection {

    private final JdbcClient jdbc;

    VoteProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VoteCastEvent event) {
        jdbc.sql("""
                        INSERT INTO online_vote (consultation_id, item_id, ballot_id, choice)
                        VALUES (:consultation, :item, :ballot, :choice)
                        ON CONFLICT (consultation_id, item_id, ballot_id) DO UPDATE SET choice = EXCLUDED.choice""")
                .param("consultation", event.consultationId())
                .param("item", event.itemId())
                .param("ballot", event.ballotId())
                .param("choice", event.choice().name())
                .update();
    }

    @EventHandler
    void on(VoteWithdrawnEvent event) {
        jdbc.sql("DELETE FROM online_vote WHERE consultation_id = :consultation AND item_id = :item AND ballot_id = :ballot")
                .param("consultation", event.consultationId())
                .param("item", event.itemId())
                .param("ballot", event.ballotId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM online_vote").update();
    }
}
