package ma.remacto.network.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the committee seats, with their dates, so the composition at any date is answerable.
 * Names stay sealed here as in the events: reads open them, so an erasure shows at once and a
 * replay cannot bring a name back.
 */
@Component
@ProcessingGroup("collectivity-view")
class CommitteeProjection {

    private final JdbcClient jdbc;

    CommitteeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommitteeMemberAppointedEvent event) {
        jdbc.sql("""
                        INSERT INTO committee_member (collectivity_id, member_id, name_key_id, name_ciphertext, role,
                                                      gender, appointed_on)
                        VALUES (:collectivity, :member, :key, :name, :role, :gender, :on) ON CONFLICT DO NOTHING""")
                .param("collectivity", event.collectivityId())
                .param("member", event.memberId())
                .param("key", event.fullName().keyId())
                .param("name", event.fullName().ciphertext())
                .param("role", event.role().name())
                .param("gender", event.gender().name())
                .param("on", event.appointedOn())
                .update();
    }

    @EventHandler
    void on(CommitteeMemberEditedEvent event) {
        jdbc.sql("""
                        UPDATE committee_member SET name_key_id = :key, name_ciphertext = :name, role = :role,
                                                    gender = :gender, appointed_on = :on
                        WHERE collectivity_id = :collectivity AND member_id = :member""")
                .param("key", event.fullName().keyId())
                .param("name", event.fullName().ciphertext())
                .param("role", event.role().name())
                .param("gender", event.gender().name())
                .param("on", event.appointedOn())
                .param("collectivity", event.collectivityId())
                .param("member", event.memberId())
                .update();
    }

    @EventHandler
    void on(CommitteeMemberRemovedEvent event, @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("""
                        UPDATE committee_member SET removed_on = :on, removal_reason = :reason
                        WHERE collectivity_id = :collectivity AND member_id = :member""")
                .param("on", event.removedOn())
                .param("reason", reason)
                .param("collectivity", event.collectivityId())
                .param("member", event.memberId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM committee_member").update();
    }
}
