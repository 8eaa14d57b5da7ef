package ma.remacto.network.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Keeps every follow-up of a member's charter commitments, keyed by its event's place in the member's history. */
@Component
@ProcessingGroup("collectivity-view")
class CharterFollowUpProjection {

    private final JdbcClient jdbc;

    CharterFollowUpProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CharterCommitmentFollowedUpEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("""
                        INSERT INTO charter_follow_up (collectivity_id, sequence, commitment, evidence, followed_up_on,
                                                       reason, recorded_at)
                        VALUES (:id, :sequence, :commitment, :evidence, :on, :reason, :at) ON CONFLICT DO NOTHING""")
                .param("id", event.collectivityId())
                .param("sequence", sequence)
                .param("commitment", event.commitment().name())
                .param("evidence", event.evidence())
                .param("on", event.followedUpOn())
                .param("reason", reason)
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM charter_follow_up").update();
    }
}
