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
import org.apache.kafka.common.header.Header;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A committee member's name is personal data: sealed in the event store and on the topic, shown
 * by the API until an operator erases it, and {@code [erased]} from then on, replays included.
 */
@RealInfrastructureTest
class CommitteeErasureIT {

    private static final String NAME = "Fatima-Zahra Bennani Erasure";
    private static final String APPOINTED = "ma.remacto.network.CommitteeMemberAppointed.v2";
    private static final String ERASED = "ma.remacto.network.CommitteeMemberErased.v1";

    /** The publisher may still be sending what earlier tests of the same application recorded (thousands of imports). */
    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    EventProcessingConfiguration processing;

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private JsonNode committee(Api api) {
        return api.get("/api/collectivities/bouznika/committee").json();
    }

    @Test
    void anErasedMemberReadsErasedEverywhereWhileTheSeatStays() {
        Api api = Api.at(port);
        String operator = TestTokens.operator();
        assertThat(api.post("/api/collectivities", operator, """
                {"id":"bouznika","kind":"COMMUNE","nameAr":"بوزنيقة","nameFr":"Bouznika","appliedOn":"2024-01-02"}""").status()).isEqualTo(201);
        assertThat(api.post("/api/collectivities/bouznika/admission", operator,
                "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2024-01-10\"}").status()).isEqualTo(200);
        Api.Response appointed = api.post("/api/collectivities/bouznika/committee/members", TestTokens.adminOf("bouznika"), """
                {"memberId":"chair","fullName":"%s","role":"CHAIR","gender":"WOMAN","appointedOn":"2024-02-01"}"""
                .formatted(NAME));
        assertThat(appointed.status()).as(appointed.raw()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(committee(api).path("members").path(0).path("fullName").asText()).isEqualTo(NAME));
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE :name")
                .param("name", "%" + NAME + "%").query(Long.class).single()).as("names in clear in the event store").isZero();

        long before = storedEvents();
        assertThat(api.post("/api/collectivities/bouznika/committee/members/chair/erasure", TestTokens.adminOf("bouznika"),
                "{\"reason\":\"asked\"}").status()).as("only an operator erases").isEqualTo(403);
        Api.Response noReason = api.post("/api/collectivities/bouznika/committee/members/chair/erasure", operator, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(before);
        Api.Response erased = api.post("/api/collectivities/bouznika/committee/members/chair/erasure", operator,
                "{\"reason\":\"the member asked for erasure\"}");
        assertThat(erased.status()).as(erased.raw()).isEqualTo(200);
        assertThat(api.post("/api/collectivities/bouznika/committee/members/chair/erasure", operator,
                "{\"reason\":\"again\"}").json().path("code").asText()).isEqualTo("already-erased");

        JsonNode now = committee(api);
        assertThat(now.path("members").path(0).path("fullName").asText()).isEqualTo("[erased]");
        assertThat(now.path("members").path(0).path("role").asText()).isEqualTo("CHAIR");
        assertThat(now.path("genderBalance").path("WOMAN").asLong()).as("the seat still counts").isEqualTo(1);

        StreamingEventProcessor views = processing.eventProcessor("collectivity-view", StreamingEventProcessor.class)
                .orElseThrow();
        views.shutDown();
        views.resetTokens();
        assertThat(committee(api).path("members")).as("the read model is rebuilt from nothing").isEmpty();
        views.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(committee(api).path("members").path(0).path("fullName").asText()).isEqualTo("[erased]"));

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.NETWORK, PUBLISHED_WITHIN,
                read -> read.stream().anyMatch(ofType(ERASED)));
        ConsumerRecord<String, CloudEvent> appointment = records.stream().filter(ofType(APPOINTED)).findFirst().orElseThrow();
        assertThat(new String(appointment.value().getData().toBytes(), StandardCharsets.UTF_8))
                .contains("committee:bouznika:chair").doesNotContain(NAME);
        for (Header header : appointment.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).as("header %s", header.key()).doesNotContain(NAME);
        }
        ConsumerRecord<String, CloudEvent> erasure = records.stream().filter(ofType(ERASED)).findFirst().orElseThrow();
        assertThat(erasure.value().getExtension("reason")).isEqualTo("the member asked for erasure");
    }

    @Test
    void theActorOnTheTopicIsAPseudonymNotTheTokensSubject() {
        Api api = Api.at(port);
        assertThat(api.post("/api/collectivities", TestTokens.operator(), """
                {"id":"mohammedia","kind":"COMMUNE","nameAr":"المحمدية","nameFr":"Mohammedia","appliedOn":"2024-01-02"}""").status()).isEqualTo(201);

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.NETWORK, PUBLISHED_WITHIN,
                read -> read.stream().anyMatch(r -> "mohammedia".equals(r.key())));
        CloudEvent registered = records.stream().filter(r -> "mohammedia".equals(r.key())).findFirst().orElseThrow().value();
        assertThat(registered.getExtension("actor")).isEqualTo(pseudonyms.of("operator-1"));
        assertThat(String.valueOf(registered.getExtension("actor"))).startsWith("p-").doesNotContain("operator");
    }

    private static Predicate<ConsumerRecord<String, CloudEvent>> ofType(String type) {
        return r -> "bouznika".equals(r.key()) && type.equals(r.value().getType());
    }
}
