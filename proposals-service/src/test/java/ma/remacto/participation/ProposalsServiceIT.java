package ma.remacto.participation;

import ma.remacto.testkit.NetworkEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructureTest
class ProposalsServiceIT {

    private static final String TEMARA_PROCESS = """
            {"id":"temara-2025-2026","collectivityId":"temara","title":" Programme d'action ouvert 2025-2026 ",
             "cycle":"2025-2026"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    @BeforeEach
    void temaraIsAMemberInGoodStanding() throws Exception {
        NetworkEvents.admit("temara", membership);
    }

    @Test
    void anOpenedProcessIsStoredProjectedAndPublishedAsACloudEvent() {
        Api api = Api.at(port);

        Api.Response created = api.post("/api/processes", TestTokens.adminOf("temara"), TEMARA_PROCESS);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/processes/temara-2025-2026");
        assertThat(created.json().path("id").asText()).isEqualTo("temara-2025-2026");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response read = api.get("/api/processes/temara-2025-2026");
            assertThat(read.status()).isEqualTo(200);
            JsonNode process = read.json();
            assertThat(process.path("collectivityId").asText()).isEqualTo("temara");
            assertThat(process.path("title").asText()).isEqualTo("Programme d'action ouvert 2025-2026");
            assertThat(process.path("cycle").asText()).isEqualTo("2025-2026");
            assertThat(process.path("status").asText()).isEqualTo("IDEA_COLLECTION");
            assertThat(process.path("openedAt").asText()).isNotBlank();
        });
        JsonNode list = api.get("/api/processes?collectivityId=temara").json();
        assertThat(list.path("items").findValuesAsText("id")).containsExactly("temara-2025-2026");
        assertThat(api.get("/api/processes?collectivityId=tamazgana").json().path("items")).isEmpty();

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.PARTICIPATION,
                Duration.ofSeconds(30), read -> read.stream().anyMatch(r -> "temara-2025-2026".equals(r.key())));
        CloudEvent opened = records.stream().filter(r -> "temara-2025-2026".equals(r.key()))
                .map(ConsumerRecord::value).findFirst().orElseThrow();
        assertThat(opened.getType()).isEqualTo("ma.remacto.participation.CoCreationProcessOpened.v1");
        assertThat(opened.getSource().toString()).isEqualTo("/remacto/proposals-service");
        assertThat(opened.getSubject()).isEqualTo("temara-2025-2026");
        assertThat(opened.getExtension("collectivity")).isEqualTo("temara");
        assertThat(opened.getExtension("actorrole")).isEqualTo("COLLECTIVITY_ADMIN");
        assertThat(opened.getExtension("actor")).as("a pseudonym, never the token's subject").asString()
                .startsWith("p-").isNotEqualTo("admin-temara");
        assertThat(new String(opened.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"cycle\":\"2025-2026\"").contains("\"title\":\"Programme d'action ouvert 2025-2026\"");
    }

    @Test
    void aRefusedCommandRecordsNothing() {
        Api api = Api.at(port);
        long before = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();

        Api.Response forbidden = api.post("/api/processes", TestTokens.adminOf("tamazgana"),
                TEMARA_PROCESS.replace("temara-2025-2026", "tamazgana-for-temara"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        Api.Response tooLong = api.post("/api/processes", TestTokens.adminOf("temara"),
                TEMARA_PROCESS.replace("temara-2025-2026", "temara-too-long").replace("2025-2026\"}", "2025-2040\"}"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("code").asText()).isEqualTo("cycle-too-long");

        long after = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        assertThat(after).isEqualTo(before);
        assertThat(api.get("/api/processes/tamazgana-for-temara").status()).isEqualTo(404);
    }
}
