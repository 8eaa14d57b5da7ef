package ma.remacto.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.Gender;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.events.network.LegacyCommitteeMemberAppointedEvent;
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

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * network-service started on a database written before committee names were sealed and before
 * standing was an event: its migrations seal the names in place and record the standing. The
 * application is started here as in a deployment, on a database prepared beforehand (outside the
 * test framework's context cache, whose other contexts it leaves alone).
 */
@ExtendWith(RealInfrastructureExtension.class)
class LegacyEventStoreIT {

    private static final String NAME = "Youssef El Legacy Alaoui";
    private static final String MEMBERS = "ma.remacto.events.network.";
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private static ConfigurableApplicationContext application;
    private static JdbcClient jdbc;
    private static int port;

    @BeforeAll
    static void startOnALegacyDatabase() {
        EarlierDatabase earlier = EarlierDatabase.at("network_service_legacy", "2", "classpath:db/axon",
                "classpath:db/migration");
        jdbc = earlier.jdbc();
        store(0, "2", new CollectivityRegisteredEvent("oued-legacy", CollectivityKind.COMMUNE, "واد", "Oued",
                null, "rabat-sale-kenitra", null));
        store(1, null, new AdmissionDecidedEvent("oued-legacy", AdmissionDecision.ADMITTED,
                LocalDate.of(2024, 1, 10), Map.of()));
        store(2, null, new LegacyCommitteeMemberAppointedEvent("oued-legacy", "chair", NAME, CommitteeRole.CHAIR,
                Gender.MAN, LocalDate.of(2024, 2, 1)));
        jdbc.sql("""
                        INSERT INTO committee_member (collectivity_id, member_id, full_name, role, gender, appointed_on)
                        VALUES ('oued-legacy', 'chair', :name, 'CHAIR', 'MAN', DATE '2024-02-01')""")
                .param("name", NAME).update();
        application = earlier.start(NetworkServiceApplication.class);
        port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    /** Stored as revision 1 was: the appointment's payload type is the event's, its name a string. */
    private static void store(long sequence, String revision, Record payload) {
        String type = payload instanceof LegacyCommitteeMemberAppointedEvent
                ? CommitteeMemberAppointedEvent.class.getName() : payload.getClass().getName();
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES ('oued-legacy', :sequence, 'Collectivity', :id, :metadata, :payload, :revision, :type,
                                '2025-01-01T00:00:00.000Z')""")
                .param("sequence", sequence)
                .param("id", UUID.randomUUID().toString())
                .param("metadata", SERIALIZER.serialize(MetaData.with("actor", "operator-1")
                        .and("actorrole", "NETWORK_OPERATOR").and("collectivity", "oued-legacy"), byte[].class).getData())
                .param("payload", SERIALIZER.serialize(payload, byte[].class).getData())
                .param("revision", revision)
                .param("type", type)
                .update();
    }

    @Test
    void storedNamesAreSealedInPlaceAndStillShownUntilErased() {
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE :name")
                .param("name", "%" + NAME + "%").query(Long.class).single()).as("names in clear in the event store").isZero();
        assertThat(jdbc.sql("SELECT payloadrevision FROM domainevententry WHERE payloadtype = :type")
                .param("type", CommitteeMemberAppointedEvent.class.getName()).query(String.class).single()).isEqualTo("2");
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'committee_member'"
                + " AND column_name = 'full_name'").query(Long.class).single()).as("the clear column of the read model").isZero();
        assertThat(jdbc.sql("SELECT subject FROM data_key WHERE key_id = 'committee:oued-legacy:chair'")
                .query(String.class).single()).isEqualTo("committee:oued-legacy:chair");

        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/collectivities/oued-legacy/committee")
                .json().path("members").path(0).path("fullName").asText()).isEqualTo(NAME));
        assertThat(api.post("/api/collectivities/oued-legacy/committee/members/chair/erasure", TestTokens.operator(),
                "{\"reason\":\"the member asked for erasure\"}").status()).isEqualTo(200);
        assertThat(api.get("/api/collectivities/oued-legacy/committee").json().path("members").path(0).path("fullName")
                .asText()).isEqualTo("[erased]");
    }

    @Test
    void aMemberInGoodStandingFromBeforeGetsItsStandingEventAndTheNextChangesFollowIt() {
        assertThat(jdbc.sql("""
                        SELECT sequencenumber FROM domainevententry
                        WHERE aggregateidentifier = 'oued-legacy' AND payloadtype = :type""")
                .param("type", MEMBERS + "MembershipStandingChangedEvent").query(Long.class).single()).isEqualTo(3);
        String standing = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = 'oued-legacy' AND sequencenumber = 3""").query(String.class).single();
        assertThat(standing).contains("\"inGoodStanding\":true").contains("\"on\"");
        assertThat(jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = 'oued-legacy' AND sequencenumber = 3""").query(String.class).single())
                .as("recorded by the service itself: no actor, and a reason").doesNotContain("operator-1")
                .contains("standing recorded when it became an explicit event");

        Api.Response suspended = Api.at(port).post("/api/collectivities/oued-legacy/suspension", TestTokens.operator(),
                "{\"on\":\"2025-01-10\",\"reason\":\"charter commitments not met\"}");
        assertThat(suspended.status()).as(suspended.raw()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = 'oued-legacy'
                        ORDER BY sequencenumber DESC LIMIT 1""").query(String.class).single())
                .isEqualTo(MEMBERS + "MembershipStandingChangedEvent");
    }
}
