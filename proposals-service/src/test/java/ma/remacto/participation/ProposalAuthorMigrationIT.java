package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.SealedText;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.security.Pseudonyms;
import ma.remacto.participation.command.ProposalText;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.EarlierDatabase;
import ma.remacto.testkit.RealInfrastructureExtension;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * proposals-service started on a database whose proposal read model does not know the authors
 * yet (version 12): the proposals projected before are their authors' own at once, without a
 * replay. Started as in a deployment (outside the test framework's context cache).
 */
@ExtendWith(RealInfrastructureExtension.class)
class ProposalAuthorMigrationIT {

    private static final String PROCESS = "rif-2025";

    private static ConfigurableApplicationContext application;
    private static JdbcClient jdbc;
    private static int port;
    private static String author;

    @BeforeAll
    static void startOnADatabaseOfTheVersionBefore() {
        EarlierDatabase earlier = EarlierDatabase.at("proposals_service_before_authors", "12", "classpath:db/axon",
                "classpath:db/migration", "classpath:db/membership", "classpath:db/keys", "classpath:db/documents");
        jdbc = earlier.jdbc();
        byte[] actorKey = new byte[32];
        new SecureRandom().nextBytes(actorKey);
        jdbc.sql("INSERT INTO service_key (name, secret) VALUES (:name, :secret)")
                .param("name", Pseudonyms.KEY).param("secret", actorKey).update();
        author = new Pseudonyms(() -> actorKey).of("rif-citizen");
        DataKeys keys = new DataKeys(jdbc);
        projected(keys, "rif-online", "DIGITAL_PLATFORM", author, "Une fontaine", "2025-01-01T10:00:00Z");
        projected(keys, "rif-workshop", "IN_PERSON", null, "Un marché", "2025-01-02T10:00:00Z");

        application = earlier.start(ProposalsServiceApplication.class);
        port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    /** A row as version 12 projected it, its text sealed as a submission seals it. */
    private static void projected(DataKeys keys, String id, String channel, String author, String title, String at) {
        List<SealedText> text = keys.sealAll(ProposalText.keyOf(id), ProposalText.subjectOf(id, author),
                List.of(title, "body of " + title));
        jdbc.sql("""
                        INSERT INTO proposal (id, process_id, collectivity_id, channel, text_key, title_sealed, body_sealed,
                                              status, submitted_at, updated_at)
                        VALUES (:id, :process, 'rif', :channel, :key, :title, :body, 'RECEIVED', CAST(:at AS timestamptz),
                                CAST(:at AS timestamptz))""")
                .param("id", id).param("process", PROCESS).param("channel", channel).param("key", ProposalText.keyOf(id))
                .param("title", text.get(0).ciphertext()).param("body", text.get(1).ciphertext()).param("at", at)
                .update();
    }

    @Test
    void proposalsProjectedBeforeAreTheirAuthorsOwn() {
        Api api = Api.at(port);
        JsonNode mine = api.get("/api/me/proposals", TestTokens.citizen("rif-citizen")).json();
        assertThat(mine.path("items").findValuesAsText("id")).containsExactly("rif-online");
        assertThat(mine.path("items").get(0).path("title").asText()).isEqualTo("Une fontaine");
        assertThat(api.get("/api/me/proposals", TestTokens.citizen("rif-neighbour")).json().path("items")).isEmpty();
        assertThat(jdbc.sql("SELECT author_id FROM proposal WHERE id = 'rif-online'").query(String.class).single())
                .isEqualTo(author);
        assertThat(jdbc.sql("SELECT author_id IS NULL FROM proposal WHERE id = 'rif-workshop'").query(Boolean.class).single())
                .as("a workshop's proposal has no author").isTrue();
    }
}
