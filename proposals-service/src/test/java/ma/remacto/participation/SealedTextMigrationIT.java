package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.Gender;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.kit.security.Pseudonyms;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.EarlierDatabase;
import ma.remacto.testkit.RealInfrastructureExtension;
import ma.remacto.testkit.TestTokens;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * proposals-service started on a database its first version wrote, with proposals whose text is
 * in clear (revision 1, the author as the token's subject): the migration seals the text in place
 * and the API still shows it. Started as in a deployment, on a database prepared beforehand
 * (outside the test framework's context cache).
 */
@ExtendWith(RealInfrastructureExtension.class)
class SealedTextMigrationIT {

    private static final String TITLE = "first-wave-title-c0ffee";
    private static final String WORKSHOP_TITLE = "first-wave-workshop-title-beef";
    private static final String PROCESS = "lixus-2025";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private static ConfigurableApplicationContext application;
    private static JdbcClient jdbc;
    private static int port;

    @BeforeAll
    static void startOnAFirstWaveDatabase() {
        EarlierDatabase earlier = EarlierDatabase.at("proposals_service_first_wave", "4", "classpath:db/axon",
                "classpath:db/migration", "classpath:db/membership");
        jdbc = earlier.jdbc();
        store(0, new CoCreationProcessOpenedEvent(PROCESS, "lixus", "PAO", "2025"), "admin-lixus", "COLLECTIVITY_ADMIN");
        store(1, new LegacyProposalSubmittedEvent("lixus-online", PROCESS, "lixus", ProposalChannel.DIGITAL_PLATFORM, null,
                TITLE, "body of " + TITLE, null, "hay " + TITLE, "lixus-citizen", Gender.WOMAN), "lixus-citizen", "CITIZEN");
        store(2, new LegacyProposalSubmittedEvent("lixus-workshop", PROCESS, "lixus", ProposalChannel.IN_PERSON, null,
                WORKSHOP_TITLE, "body", "1", null, null, null), "admin-lixus", "COLLECTIVITY_ADMIN");
        jdbc.sql("""
                        INSERT INTO directory (kind, id, process_id, collectivity_id) VALUES
                            ('PROCESS', :process, :process, 'lixus'), ('PROPOSAL', 'lixus-online', :process, 'lixus'),
                            ('PROPOSAL', 'lixus-workshop', :process, 'lixus')""")
                .param("process", PROCESS).update();
        jdbc.sql("""
                        INSERT INTO proposal (id, process_id, collectivity_id, channel, title, body, status, submitted_at,
                                              updated_at)
                        VALUES ('lixus-online', :process, 'lixus', 'DIGITAL_PLATFORM', :title, 'body', 'RECEIVED', now(), now())""")
                .param("process", PROCESS).param("title", TITLE).update();

        application = earlier.start(ProposalsServiceApplication.class);
        port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    /** Stored as the first version did: revision 1 under the event's own type, the actor as the token's subject. */
    private static void store(long sequence, Record payload, String actor, String role) {
        String type = payload instanceof LegacyProposalSubmittedEvent
                ? ProposalSubmittedEvent.class.getName() : payload.getClass().getName();
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (:process, :sequence, 'CoCreationProcess', :id, :metadata, :payload, NULL, :type,
                                '2025-01-01T00:00:00.000Z')""")
                .param("process", PROCESS)
                .param("sequence", sequence)
                .param("id", UUID.randomUUID().toString())
                .param("metadata", SERIALIZER.serialize(MetaData.with("actor", actor).and("actorrole", role)
                        .and("collectivity", "lixus"), byte[].class).getData())
                .param("payload", SERIALIZER.serialize(payload, byte[].class).getData())
                .param("type", type)
                .update();
    }

    @Test
    void storedTextIsSealedInPlaceAndTheApiStillShowsIt() throws IOException {
        for (String title : List.of(TITLE, WORKSHOP_TITLE)) {
            assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE :title")
                    .param("title", "%" + title + "%").query(Long.class).single()).as("%s in clear in the event store", title)
                    .isZero();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE title_sealed LIKE :title").param("title", "%" + TITLE + "%")
                .query(Long.class).single()).as("the read model's clear rows were dropped").isZero();
        assertThat(jdbc.sql("SELECT payloadrevision FROM domainevententry WHERE payloadtype = :type ORDER BY sequencenumber")
                .param("type", ProposalSubmittedEvent.class.getName()).query(String.class).list()).containsExactly("2", "2");

        String pseudonym = application.getBean(Pseudonyms.class).of("lixus-citizen");
        JsonNode online = JSON.readTree(jdbc.sql("SELECT payload FROM domainevententry WHERE sequencenumber = 1")
                .query(byte[].class).single());
        assertThat(online.path("authorId").asText()).as("the author's pseudonym").isEqualTo(pseudonym);
        assertThat(online.path("title").path("keyId").asText()).isEqualTo("proposal:lixus-online");
        assertThat(online.path("suggestedAxis").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT subject FROM data_key WHERE key_id = 'proposal:lixus-online'").query(String.class).single())
                .isEqualTo(pseudonym);
        assertThat(jdbc.sql("SELECT subject FROM data_key WHERE key_id = 'proposal:lixus-workshop'").query(String.class)
                .single()).isEqualTo("proposal:lixus-workshop");

        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode proposal = api.get("/api/proposals/lixus-online").json();
            assertThat(proposal.path("title").asText()).isEqualTo(TITLE);
            assertThat(proposal.path("neighbourhood").asText()).isEqualTo("hay " + TITLE);
            assertThat(api.get("/api/proposals/lixus-workshop").json().path("title").asText()).isEqualTo(WORKSHOP_TITLE);
        });
        assertThat(api.post("/api/proposals/lixus-online/withdrawal", TestTokens.citizen("lixus-citizen"), "{}").status())
                .as("the author, known by the same pseudonym, still withdraws").isEqualTo(200);
    }

    @Test
    void theMigrationRanOnceAfterTheKeyTables() {
        assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class).list()).containsSubsequence("0.3", "5", "6", "7")
                .containsOnlyOnce("7");
    }
}
