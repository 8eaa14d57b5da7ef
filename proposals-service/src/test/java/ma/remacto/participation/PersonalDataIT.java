package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.membership.Membership;
import ma.remacto.participation.residence.ResidentKeys;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What citizens write is sealed: hiding and erasure make it unreadable everywhere, and nothing else changes. */
@RealInfrastructureTest
class PersonalDataIT {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    ResidentKeys keys;
    @Autowired
    EventProcessingConfiguration processing;

    private Api api;

    @BeforeEach
    void client() {
        api = Api.at(port);
    }

    @Test
    void aHiddenProposalReadsHiddenInTheApiAndItsTextIsInClearNowhere() {
        String title = "hidden-title-4b1e";
        String admin = TestTokens.adminOf("larache");
        String process = open("larache");
        created(api.post(process + "/proposals", TestTokens.citizen("larache-author"), """
                {"id":"larache-insult","channel":"DIGITAL_PLATFORM","title":"%s","body":"body of %s",
                 "neighbourhood":"hay %s"}""".formatted(title, title, title)));
        await().atMost(PROJECTED).until(() -> api.get("/api/proposals/larache-insult").status() == 200);
        assertThat(api.get("/api/proposals/larache-insult").json().path("title").asText())
                .as("readable until hidden").isEqualTo(title);

        assertThat(api.post("/api/proposals/larache-insult/hiding", admin, "{\"reason\":\"insults a neighbour\"}").status())
                .isEqualTo(200);
        await().atMost(PROJECTED).until(() -> api.get("/api/proposals/larache-insult").status() == 404);
        JsonNode moderated = api.get("/api/proposals/larache-insult", admin).json();
        assertThat(moderated.path("hidden").asBoolean()).isTrue();
        assertThat(List.of(moderated.path("title").asText(), moderated.path("body").asText(),
                moderated.path("neighbourhood").asText())).containsOnly("[hidden]");
        assertThat(api.get(process + "/proposals", admin).raw()).contains("[hidden]").doesNotContain(title);
        assertThat(inClear(title)).as("rows of the event store and the read model holding the title").isZero();

        Predicate<ConsumerRecord<String, CloudEvent>> submitted = r -> r.value().getType().endsWith("ProposalSubmitted.v2")
                && data(r.value()).contains("larache-insult");
        List<ConsumerRecord<String, CloudEvent>> read = TopicReader.readUntil(Topics.PARTICIPATION, Duration.ofSeconds(60),
                records -> records.stream().anyMatch(submitted)
                        && records.stream().anyMatch(r -> r.value().getType().endsWith("ProposalHidden.v1")
                        && data(r.value()).contains("larache-insult")));
        for (ConsumerRecord<String, CloudEvent> record : read) {
            assertThat(data(record.value()) + record.value().getExtensionNames().stream()
                    .map(name -> String.valueOf(record.value().getExtension(name))).toList())
                    .as("record %s at %s", record.value().getType(), record.offset()).doesNotContain(title);
        }
        CloudEvent event = read.stream().filter(submitted).map(ConsumerRecord::value).findFirst().orElseThrow();
        JsonNode data = json(event);
        assertThat(data.path("title").path("keyId").asText()).isEqualTo("proposal:larache-insult");
        assertThat(data.path("title").path("ciphertext").asText()).isNotBlank();
        assertThat(data.path("authorId").asText()).startsWith("p-").isEqualTo(event.getExtension("actor"));
    }

    @Test
    void erasureShowsErasedEverywhereAndLeavesCountsAndStatusesAsTheyWere() {
        String process = open("khemisset");
        String admin = TestTokens.adminOf("khemisset");
        String author = TestTokens.citizen("khemisset-author");
        assertThat(new Http(port).csv("/api/collectivities/khemisset/census", admin, "KH1\n").status()).isEqualTo(200);
        assertThat(new Http(port).json("/api/verifications", author,
                "{\"collectivityId\":\"khemisset\",\"identifier\":\"KH1\"}").status()).isEqualTo(201);
        created(api.post(process + "/proposals", author,
                "{\"id\":\"kh-park\",\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"erased-park-77\",\"body\":\"a park\"}"));
        created(api.post(process + "/proposals", author,
                "{\"id\":\"kh-bench\",\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"erased-bench-77\",\"body\":\"a bench\"}"));
        created(api.post(process + "/proposals", TestTokens.citizen("khemisset-neighbour"),
                "{\"id\":\"kh-lamp\",\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"kept-lamp\",\"body\":\"a lamp\"}"));
        assertThat(api.post("/api/proposals/kh-park/review", admin, "{\"decision\":\"RETAINED\"}").status()).isEqualTo(200);
        await().atMost(PROJECTED).until(() -> "RETAINED".equals(api.get("/api/proposals/kh-park").json().path("status").asText())
                && api.get(process + "/proposals").json().path("items").size() == 3);
        JsonNode before = api.get(process + "/proposals").json().path("items");

        JsonNode erased = api.post("/api/me/erasure", author, "{}").json();
        assertThat(erased.path("proposals").asInt()).isEqualTo(2);
        assertThat(erased.path("erasureId").asText()).isNotBlank();

        JsonNode after = api.get(process + "/proposals").json().path("items");
        assertThat(after.findValuesAsText("id")).isEqualTo(before.findValuesAsText("id"));
        assertThat(after.findValuesAsText("status")).containsExactly("RETAINED", "RECEIVED", "RECEIVED");
        assertThat(after.findValuesAsText("submittedAt")).isEqualTo(before.findValuesAsText("submittedAt"));
        assertThat(after.findValuesAsText("title")).containsExactly("[erased]", "[erased]", "kept-lamp");
        assertThat(after.findValuesAsText("body")).containsExactly("[erased]", "[erased]", "a lamp");
        assertThat(jdbc.sql("SELECT count(*) FROM resident_binding WHERE account_ref = :a")
                .param("a", keys.account("khemisset-author")).query(Long.class).single()).as("verifications forgotten").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM verification_attempt WHERE account_ref = :a")
                .param("a", keys.account("khemisset-author")).query(Long.class).single()).isZero();

        String erasureId = erased.path("erasureId").asText();
        List<ConsumerRecord<String, CloudEvent>> read = TopicReader.readUntil(Topics.PARTICIPATION, Duration.ofSeconds(60),
                records -> records.stream().anyMatch(r -> erasureId.equals(r.key())));
        CloudEvent erasure = read.stream().filter(r -> erasureId.equals(r.key())).map(ConsumerRecord::value)
                .findFirst().orElseThrow();
        assertThat(erasure.getType()).isEqualTo("ma.remacto.participation.PersonalDataErased.v1");
        assertThat(JSON.convertValue(json(erasure).path("proposalIds"), String[].class)).containsExactly("kh-bench", "kh-park");
        assertThat(erasure.getExtension("actor")).asString().startsWith("p-");
    }

    @Test
    void aReplayOfTheProjectionsStillShowsTheTextErased() {
        String process = open("ouazzane");
        String author = TestTokens.citizen("ouazzane-author");
        created(api.post(process + "/proposals", author,
                "{\"id\":\"ou-well\",\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"erased-well-3\",\"body\":\"a well\"}"));
        assertThat(api.post("/api/me/erasure", author, "{}").json().path("proposals").asInt()).isEqualTo(1);
        await().atMost(PROJECTED).until(() -> api.get("/api/proposals/ou-well").status() == 200);

        StreamingEventProcessor proposals = processing.eventProcessor("proposal-view", StreamingEventProcessor.class)
                .orElseThrow();
        proposals.shutDown();
        proposals.resetTokens();
        assertThat(jdbc.sql("SELECT count(*) FROM proposal").query(Long.class).single()).as("the reset emptied the view")
                .isZero();
        proposals.start();
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode well = api.get("/api/proposals/ou-well").json();
            assertThat(well.path("title").asText()).isEqualTo("[erased]");
            assertThat(well.path("status").asText()).isEqualTo("RECEIVED");
        });
    }

    private String open(String collectivity) {
        try {
            NetworkEvents.admit(collectivity, membership);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String process = collectivity + "-2025";
        created(api.post("/api/processes", TestTokens.adminOf(collectivity), """
                {"id":"%s","collectivityId":"%s","title":"PAO","cycle":"2025"}""".formatted(process, collectivity)));
        return "/api/processes/" + process;
    }

    private long inClear(String text) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE :text)
                             + (SELECT count(*) FROM proposal
                                WHERE concat(title_sealed, body_sealed, neighbourhood_sealed) LIKE :text)""")
                .param("text", "%" + text + "%").query(Long.class).single();
    }

    private static String data(CloudEvent event) {
        return event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(CloudEvent event) {
        try {
            return JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }
}
