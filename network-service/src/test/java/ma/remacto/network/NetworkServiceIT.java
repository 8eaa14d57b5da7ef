package ma.remacto.network;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.security.Pseudonyms;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructureTest
class NetworkServiceIT {

    /** The publisher may still be sending what earlier tests of the same application recorded (thousands of imports). */
    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void anAdmissionIsStoredProjectedAndPublishedAsCloudEventsWithTheStandingItLeadsTo() {
        Api api = Api.at(port);
        String operator = TestTokens.operator();

        Api.Response created = api.post("/api/collectivities", operator, """
                {"id":"temara","kind":"COMMUNE","nameAr":"تمارة","nameFr":"Témara","regionId":"rabat-sale-kenitra","appliedOn":"2024-04-01"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/collectivities/temara");

        Api.Response admitted = api.post("/api/collectivities/temara/admission", operator, """
                {"decision":"ADMITTED","decidedOn":"2024-04-25","indicators":{"transparency":8.5},
                 "reason":"exact admission date not documented"}""");
        assertThat(admitted.status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode temara = api.get("/api/collectivities/temara").json();
            assertThat(temara.path("status").asText()).isEqualTo("ADMITTED");
            assertThat(temara.path("history")).hasSize(2);
            assertThat(temara.path("history").get(1).path("on").asText()).isEqualTo("2024-04-25");
            assertThat(temara.path("history").get(1).path("reason").asText()).isEqualTo("exact admission date not documented");
        });
        JsonNode before = api.get("/api/network/stats?asOf=2024-04-24").json();
        JsonNode after = api.get("/api/network/stats?asOf=2024-04-25").json();
        assertThat(after.path("total").asLong() - before.path("total").asLong()).isEqualTo(1);
        assertThat(after.path("byKind").path("COMMUNE").asLong() - before.path("byKind").path("COMMUNE").asLong())
                .isEqualTo(1);
        assertThat(after.path("byRegion").path("rabat-sale-kenitra").asLong()
                - before.path("byRegion").path("rabat-sale-kenitra").asLong()).isEqualTo(1);

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.NETWORK, PUBLISHED_WITHIN,
                read -> read.stream().filter(r -> "temara".equals(r.key())).count() >= 4);
        List<CloudEvent> temara = records.stream().filter(r -> "temara".equals(r.key())).map(ConsumerRecord::value).toList();
        assertThat(temara).extracting(CloudEvent::getType).containsExactly(
                "ma.remacto.network.CollectivityRegistered.v2", "ma.remacto.network.ApplicationDated.v1",
                "ma.remacto.network.AdmissionDecided.v1", "ma.remacto.network.MembershipStandingChanged.v1");
        CloudEvent admission = temara.get(2);
        assertThat(admission.getSource().toString()).isEqualTo("/remacto/network-service");
        assertThat(admission.getSubject()).isEqualTo("temara");
        assertThat(admission.getExtension("actor")).as("the operator's pseudonym, never the token's subject")
                .isEqualTo(pseudonyms.of("operator-1")).asString().startsWith("p-").doesNotContain("operator-1");
        assertThat(admission.getExtension("actorrole")).isEqualTo("NETWORK_OPERATOR");
        assertThat(admission.getExtension("collectivity")).isEqualTo("temara");
        assertThat(admission.getExtension("reason")).isEqualTo("exact admission date not documented");
        assertThat(String.valueOf(admission.getExtension("sequence"))).isEqualTo("2");
        assertThat(new String(admission.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"decidedOn\":\"2024-04-25\"").contains("\"transparency\":8.5");
        CloudEvent standing = temara.get(3);
        assertThat(String.valueOf(standing.getExtension("sequence"))).isEqualTo("3");
        assertThat(standing.getExtension("reason")).isEqualTo("exact admission date not documented");
        assertThat(new String(standing.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"inGoodStanding\":true").contains("\"on\":\"2024-04-25\"");
    }

    @Test
    void aRefusedCommandRecordsNothing() {
        Api api = Api.at(port);
        long before = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();

        assertThat(api.post("/api/collectivities", TestTokens.adminOf("temara"), """
                {"id":"rabat","kind":"COMMUNE","nameAr":"الرباط","nameFr":"Rabat"}""").status()).isEqualTo(403);
        assertThat(api.post("/api/collectivities", null, """
                {"id":"rabat","kind":"COMMUNE","nameAr":"الرباط","nameFr":"Rabat"}""").status()).isEqualTo(401);
        assertThat(api.post("/api/collectivities", "not-a-token", """
                {"id":"rabat","kind":"COMMUNE","nameAr":"الرباط","nameFr":"Rabat"}""").status()).isEqualTo(401);
        Api.Response duplicate = api.post("/api/collectivities", TestTokens.operator(), """
                {"id":"sale","kind":"COMMUNE","nameAr":"سلا","nameFr":"Salé"}""");
        assertThat(duplicate.status()).isEqualTo(201);
        Api.Response again = api.post("/api/collectivities", TestTokens.operator(), """
                {"id":"sale","kind":"COMMUNE","nameAr":"سلا","nameFr":"Salé"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        Api.Response unknown = api.post("/api/collectivities/nowhere/admission", TestTokens.operator(), """
                {"decision":"ADMITTED","decidedOn":"2024-04-25"}""");
        assertThat(unknown.status()).isEqualTo(404);

        long afterCount = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        assertThat(afterCount).as("the one registration: the applicant and its application's date").isEqualTo(before + 2);
    }
}
