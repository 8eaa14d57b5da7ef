package ma.remacto.participation.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.SealedText;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.KeyRing;
import ma.remacto.kit.security.Pseudonyms;
import ma.remacto.participation.command.ProposalText;
import ma.remacto.kit.migration.ApplicationMigration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Seals the text of the proposals stored before it was sealed: every {@code ProposalSubmittedEvent}
 * of revision 1 in the event store becomes revision 2, its title, body and neighbourhood sealed
 * under the proposal's data key with the same key id and data subject as a new proposal gets
 * ({@link ProposalText}), and its author id, the account id the token carried, becomes the
 * author's pseudonym (the {@code actor} key, made now if the service has none yet, as
 * {@link KeyRing} would). Snapshots of processes, which hold the author ids, are dropped; the
 * processes load from their events. It is a bean, not a class Flyway finds by itself, because a
 * deployment may give the {@code actor} key as a secret, which only the service's environment knows.
 * What the topics received before stays as it was: an immutable log.
 */
@Component
public class SealProposalText extends ApplicationMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Environment environment;

    SealProposalText(Environment environment) {
        super("7", "seal proposal text");
        this.environment = environment;
    }

    @Override
    protected void migrate(JdbcClient jdbc) {
        KeyRing ring = new KeyRing(jdbc, environment);
        Pseudonyms pseudonyms = new Pseudonyms(() -> ring.key(Pseudonyms.KEY));
        DataKeys keys = new DataKeys(jdbc);
        for (StoredEvent event : firstRevisionEvents(jdbc, ProposalSubmittedEvent.class)) {
            rewrite(jdbc, event, sealed(event.payload(), pseudonyms, keys), "2");
        }
        jdbc.sql("DELETE FROM snapshotevententry WHERE type = 'CoCreationProcess'").update();
    }

    private static byte[] sealed(byte[] payload, Pseudonyms pseudonyms, DataKeys keys) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(payload);
            String proposalId = event.path("proposalId").asText();
            String author = text(event, "authorId");
            String pseudonym = author == null ? null : pseudonyms.of(author);
            String keyId = ProposalText.keyOf(proposalId);
            String subject = ProposalText.subjectOf(proposalId, pseudonym);
            for (String field : new String[] {"title", "body", "neighbourhood"}) {
                SealedText text = keys.seal(keyId, subject, text(event, field));
                event.set(field, text == null ? null : JSON.valueToTree(text));
            }
            event.put("authorId", pseudonym);
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored ProposalSubmittedEvent is not JSON", e);
        }
    }

    private static String text(ObjectNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
