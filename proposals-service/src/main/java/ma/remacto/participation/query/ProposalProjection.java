package ma.remacto.participation.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.participation.command.ProposalStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Keeps the proposals, their review status and the moderation flag; the text only sealed, as the
 * event carries it ({@link ProposalQueries} opens it). The author's pseudonym is kept to list a
 * citizen's own proposals to them, and shown to nobody.
 */
@Component
@ProcessingGroup("proposal-view")
class ProposalProjection {

    private final JdbcClient jdbc;

    ProposalProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalSubmittedEvent event, EventMessage<?> message) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        jdbc.sql("""
                        INSERT INTO proposal (id, process_id, collectivity_id, channel, station_id, text_key, title_sealed,
                                              body_sealed, suggested_axis, neighbourhood_sealed, author_id, author_gender,
                                              status, submitted_at, updated_at)
                        VALUES (:id, :process, :collectivity, :channel, :station, :key, :title, :body, :axis, :neighbourhood,
                                :author, :gender, :status, :at, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", event.proposalId())
                .param("process", event.processId())
                .param("collectivity", event.collectivityId())
                .param("channel", event.channel().name())
                .param("station", event.stationId())
                .param("key", event.title().keyId())
                .param("title", event.title().ciphertext())
                .param("body", event.body().ciphertext())
                .param("axis", event.suggestedAxis())
                .param("neighbourhood", event.neighbourhood() == null ? null : event.neighbourhood().ciphertext())
                .param("author", event.authorId())
                .param("gender", event.authorGender() == null ? null : event.authorGender().name())
                .param("status", ProposalStatus.RECEIVED.name())
                .param("at", at)
                .update();
    }

    @EventHandler
    void on(ProposalReviewedEvent event, EventMessage<?> message, @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("""
                        UPDATE proposal SET status = :status, merged_into = :mergedInto, review_reason = :reason,
                                            updated_at = :at
                        WHERE id = :id""")
                .param("status", event.decision().name())
                .param("mergedInto", event.mergedInto())
                .param("reason", reason)
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("id", event.proposalId())
                .update();
    }

    @EventHandler
    void on(ProposalWithdrawnEvent event, EventMessage<?> message) {
        jdbc.sql("UPDATE proposal SET status = :status, updated_at = :at WHERE id = :id")
                .param("status", ProposalStatus.WITHDRAWN.name())
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("id", event.proposalId())
                .update();
    }

    @EventHandler
    void on(ProposalHiddenEvent event, EventMessage<?> message, @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("UPDATE proposal SET hidden = TRUE, hidden_reason = :reason, updated_at = :at WHERE id = :id")
                .param("reason", reason)
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("id", event.proposalId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM proposal").update();
    }
}
