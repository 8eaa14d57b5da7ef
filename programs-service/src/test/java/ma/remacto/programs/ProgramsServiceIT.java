package ma.remacto.programs;

import ma.remacto.testkit.NetworkEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.security.Pseudonyms;
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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructureTest
class ProgramsServiceIT {

    private static final String TEMARA_PROGRAM = """
            {"id":"temara-pao-2025-2026","collectivityId":"temara","title":" Programme d'action ouvert ",
             "startYear":2025,"endYear":2026}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    Pseudonyms pseudonyms;

    @BeforeEach
    void temaraIsAMemberInGoodStanding() throws Exception {
        NetworkEvents.admit("temara", membership);
    }

    @Test
    void aDraftedProgramIsStoredProjectedAndPublishedAsACloudEvent() {
        Api api = Api.at(port);

        Api.Response created = api.post("/api/programs", TestTokens.adminOf("temara"), TEMARA_PROGRAM);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/programs/temara-pao-2025-2026");
        assertThat(created.json().path("id").asText()).isEqualTo("temara-pao-2025-2026");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response read = api.get("/api/programs/temara-pao-2025-2026");
            assertThat(read.status()).isEqualTo(200);
            JsonNode program = read.json();
            assertThat(program.path("collectivityId").asText()).isEqualTo("temara");
            assertThat(program.path("title").asText()).isEqualTo("Programme d'action ouvert");
            assertThat(program.path("startYear").asInt()).isEqualTo(2025);
            assertThat(program.path("endYear").asInt()).isEqualTo(2026);
            assertThat(program.path("status").asText()).isEqualTo("DRAFT");
            assertThat(program.path("axes").isArray()).isTrue();
            assertThat(program.path("axes")).isEmpty();
            assertThat(program.path("totalCostMad").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(program.path("progressPercent").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(read.raw()).contains("\"totalCostMad\":0,").contains("\"progressPercent\":0,");
        });
        JsonNode list = api.get("/api/programs?collectivityId=temara").json();
        assertThat(list.path("items").findValuesAsText("id")).containsExactly("temara-pao-2025-2026");
        assertThat(list.path("next").isNull()).isTrue();
        assertThat(api.get("/api/programs?collectivityId=tamazgana").json().path("items")).isEmpty();

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.PROGRAMS,
                Duration.ofSeconds(30), read -> read.stream().anyMatch(r -> "temara-pao-2025-2026".equals(r.key())));
        CloudEvent drafted = records.stream().filter(r -> "temara-pao-2025-2026".equals(r.key()))
                .map(ConsumerRecord::value).findFirst().orElseThrow();
        assertThat(drafted.getType()).isEqualTo("ma.remacto.programs.ProgramDrafted.v1");
        assertThat(drafted.getSource().toString()).isEqualTo("/remacto/programs-service");
        assertThat(drafted.getSubject()).isEqualTo("temara-pao-2025-2026");
        assertThat(drafted.getExtension("collectivity")).isEqualTo("temara");
        assertThat(drafted.getExtension("actorrole")).isEqualTo("COLLECTIVITY_ADMIN");
        assertThat(drafted.getExtension("actor")).as("the admin's pseudonym, never the token's subject")
                .isEqualTo(pseudonyms.of("admin-temara"));
        assertThat(String.valueOf(drafted.getExtension("actor"))).startsWith("p-").doesNotContain("admin-temara");
        assertThat(new String(drafted.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"startYear\":2025").contains("\"endYear\":2026");
    }

    @Test
    void aRefusedCommandRecordsNothing() {
        Api api = Api.at(port);
        long before = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();

        Api.Response forbidden = api.post("/api/programs", TestTokens.adminOf("tamazgana"),
                TEMARA_PROGRAM.replace("temara-pao-2025-2026", "tamazgana-for-temara"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/programs", TestTokens.adminOf("tamazgana"), "{\"collectivityId\":\"temara\"}").status())
                .as("an invalid body changes nothing for a caller without a right to its target").isEqualTo(403);
        Api.Response tooLong = api.post("/api/programs", TestTokens.adminOf("temara"),
                TEMARA_PROGRAM.replace("temara-pao-2025-2026", "temara-too-long").replace("2026}", "2040}"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("code").asText()).isEqualTo("period-too-long");

        long after = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        assertThat(after).isEqualTo(before);
        assertThat(api.get("/api/programs/tamazgana-for-temara").status()).isEqualTo(404);
    }
}
