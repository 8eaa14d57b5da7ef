package ma.remacto.network.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.SealedText;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.migration.ApplicationMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Version 3: committee members' names leave the clear. Revision 1 of
 * {@link CommitteeMemberAppointedEvent} stored the name as text; every such event in the event
 * store is rewritten in place as revision 2, its name sealed under a new data key of the seat
 * ({@code committee:<collectivity>:<member>}, see {@code Committee.nameKey}), and the committee
 * read model keeps the same sealed copy instead of the name. Records already published on the
 * topic cannot be rewritten (the log is immutable and hash-chained): they keep the name.
 */
@Component
class SealCommitteeMemberNames extends ApplicationMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    SealCommitteeMemberNames() {
        super("3", "seal committee member names");
    }

    @Override
    protected void migrate(JdbcClient jdbc) throws Exception {
        DataKeys keys = new DataKeys(jdbc);
        jdbc.sql("ALTER TABLE committee_member ADD COLUMN name_key_id VARCHAR(200), ADD COLUMN name_ciphertext TEXT")
                .update();
        for (StoredEvent event : firstRevisionEvents(jdbc, CommitteeMemberAppointedEvent.class)) {
            ObjectNode payload = (ObjectNode) JSON.readTree(event.payload());
            String collectivityId = payload.path("collectivityId").asText();
            String memberId = payload.path("memberId").asText();
            String key = "committee:" + collectivityId + ":" + memberId;
            SealedText name = keys.seal(key, key, payload.path("fullName").asText());
            payload.set("fullName", JSON.valueToTree(name));
            rewrite(jdbc, event, JSON.writeValueAsBytes(payload), "2");
            jdbc.sql("""
                            UPDATE committee_member SET name_key_id = :key, name_ciphertext = :name
                            WHERE collectivity_id = :collectivity AND member_id = :member""")
                    .param("key", name.keyId()).param("name", name.ciphertext())
                    .param("collectivity", collectivityId).param("member", memberId).update();
        }
        jdbc.sql("""
                        ALTER TABLE committee_member DROP COLUMN full_name,
                            ALTER COLUMN name_key_id SET NOT NULL, ALTER COLUMN name_ciphertext SET NOT NULL""")
                .update();
    }
}
