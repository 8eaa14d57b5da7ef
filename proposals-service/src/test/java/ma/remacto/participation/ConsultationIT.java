package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Consultations through the HTTP API: online votes, in-person tallies, results, the voting window, the published stream. */
@RealInfrastructureTest
class ConsultationIT {

    private static final String ADMIN = TestTokens.adminOf("sale");
    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    private Api api;
    private Votes votes;

    @BeforeEach
    void saleIsAMemberInGoodStanding() throws Exception {
        api = Api.at(port);
        votes = new Votes(port);
        NetworkEvents.admit("sale", membership);
    }

    @Test
    void aConsultationCountsOnlineVotesAndInPersonTalliesWithoutSayingWhoVotedWhat() {
        String process = open("sale-consult");
        status(201, api.post(process + "/stations", ADMIN, """
                {"id":"draft-workshop","kind":"CONSULTATION","title":"Consultation sur le projet","startsOn":"2024-09-10"}"""));
        status(201, api.post(process + "/stations", ADMIN,
                "{\"id\":\"gone\",\"kind\":\"CONSULTATION\",\"title\":\"Annulée\",\"startsOn\":\"2024-09-11\"}"));
        status(200, api.post(process + "/stations/gone/cancellation", ADMIN, "{\"reason\":\"intempéries\"}"));
        status(201, api.post(process + "/proposals", ADMIN, """
                {"id":"sale-c-lighting","channel":"IN_PERSON","title":"Éclairage public","body":"Renouveler"}"""));
        status(200, api.post(process + "/phase", ADMIN, "{\"phase\":\"CONSULTATION\",\"on\":\"2024-09-01\"}"));
        rule(400, "unknown-proposal", api.post(process + "/consultations", ADMIN,
                consultation("sale-bad", "0b9e2f5d-3c4a-4e8f-8a1b-6d7c9e0f1a2b", Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600))));
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-draft", "sale-c-lighting", Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600))));
        await().atMost(PROJECTED).until(() -> api.get("/api/consultations/sale-draft").status() == 200);

        String[] citizens = {"sale-citizen-1", "sale-citizen-2", "sale-citizen-3", "sale-citizen-4"};
        String c1 = TestTokens.resident(citizens[0], "sale");
        String c2 = TestTokens.resident(citizens[1], "sale");
        String c3 = TestTokens.resident(citizens[2], "sale");
        String c4 = TestTokens.resident(citizens[3], "sale");
        status(200, votes.cast("sale-draft", "1", c1, "FOR"));
        status(200, votes.cast("sale-draft", "1", c2, "AGAINST"));
        status(200, votes.cast("sale-draft", "1", c3, "FOR"));
        status(200, votes.cast("sale-draft", "1", c3, "AGAINST"));
        status(200, votes.cast("sale-draft", "1", c4, "FOR"));
        status(200, votes.withdraw("sale-draft", "1", c4));
        status(404, votes.withdraw("sale-draft", "1", c4));
        status(200, votes.cast("sale-draft", "2", c1, "FOR"));
        status(404, votes.cast("sale-draft", "3", c1, "FOR"));
        status(403, votes.cast("sale-draft", "1", ADMIN, "FOR"));

        String tallies = "/api/consultations/sale-draft/in-person-tallies";
        status(200, api.post(tallies, ADMIN, """
                {"stationId":"draft-workshop","items":[{"itemId":"1","for":31,"against":4},{"itemId":"2","for":10,"against":2}]}"""));
        status(200, api.post(tallies, ADMIN,
                "{\"stationId\":\"draft-workshop\",\"items\":[{\"itemId\":\"1\",\"for\":30,\"against\":5}]}"));
        rule(409, "station-cancelled", api.post(tallies, ADMIN,
                "{\"stationId\":\"gone\",\"items\":[{\"itemId\":\"1\",\"for\":1,\"against\":1}]}"));
        rule(400, "unknown-item", api.post(tallies, ADMIN,
                "{\"stationId\":\"draft-workshop\",\"items\":[{\"itemId\":\"7\",\"for\":1,\"against\":1}]}"));

        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode items = api.get("/api/consultations/sale-draft/results").json().path("items");
            assertThat(counts(items.get(0), "online")).isEqualTo("1/2");
            assertThat(counts(items.get(0), "inPerson")).isEqualTo("30/5");
            assertThat(counts(items.get(0), "total")).isEqualTo("31/7");
            assertThat(counts(items.get(1), "online")).isEqualTo("1/0");
            assertThat(counts(items.get(1), "inPerson")).as("the station's later tally named item 1 only")
                    .isEqualTo("10/2");
            assertThat(items.get(1).path("ref").asText()).isEqualTo("sale-2025-2026#3");
        });
        String results = api.get("/api/consultations/sale-draft").raw();
        assertThat(results).doesNotContain("sale-citizen").doesNotContain("ballot");

        Predicate<ConsumerRecord<String, CloudEvent>> ofDraft = r -> r.key() != null && r.key().startsWith("sale-draft:");
        List<ConsumerRecord<String, CloudEvent>> read = TopicReader.readUntil(Topics.PARTICIPATION, Duration.ofSeconds(60),
                records -> records.stream().filter(ofDraft).count() >= 7);
        List<CloudEvent> voteEvents = read.stream().filter(ofDraft).map(ConsumerRecord::value).toList();
        assertThat(voteEvents).extracting(CloudEvent::getType).filteredOn(t -> t.endsWith("VoteCast.v1")).hasSize(6);
        assertThat(voteEvents).extracting(CloudEvent::getType).filteredOn(t -> t.endsWith("VoteWithdrawn.v1")).hasSize(1);
        for (CloudEvent event : voteEvents) {
            JsonNode data = json(event);
            String ballot = data.path("ballotId").asText();
            assertThat(ballot).matches("[A-Za-z0-9_-]{43}");
            assertThat(event.getSubject()).isEqualTo("sale-draft:" + data.path("itemId").asText() + ":" + ballot);
            assertThat(event.getExtension("actor")).isEqualTo(ballot);
            assertThat(event.getExtension("actorrole")).isEqualTo("CITIZEN");
            String everything = new String(event.getData().toBytes(), StandardCharsets.UTF_8) + event.getExtensionNames()
                    .stream().map(name -> String.valueOf(event.getExtension(name))).toList();
            for (String citizen : citizens) {
                assertThat(everything).doesNotContain(citizen);
            }
        }
        CloudEvent cancelled = read.stream().map(ConsumerRecord::value)
                .filter(e -> e.getType().endsWith("StationCancelled.v1") && "sale-consult".equals(e.getSubject()))
                .findFirst().orElseThrow();
        assertThat(cancelled.getExtension("reason")).isEqualTo("intempéries");
        assertThat(cancelled.getExtension("collectivity")).isEqualTo("sale");
    }

    @Test
    void votesBeforeOpeningAndFromClosingOnAreRefused() {
        String process = open("sale-window");
        status(201, api.post(process + "/stations", ADMIN,
                "{\"id\":\"count\",\"kind\":\"CONSULTATION\",\"title\":\"Dépouillement\",\"startsOn\":\"2024-09-10\"}"));
        status(200, api.post(process + "/phase", ADMIN, "{\"phase\":\"CONSULTATION\",\"on\":\"2024-09-01\"}"));
        Instant now = Instant.now();
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-past", null, now.minusSeconds(7200), now.minusSeconds(3600))));
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-future", null, now.plusSeconds(3600), now.plusSeconds(7200))));
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-closing", null, now.minusSeconds(60), now.plusSeconds(10))));
        await().atMost(PROJECTED).until(() -> api.get("/api/consultations/sale-closing").status() == 200
                && api.get("/api/consultations/sale-past").status() == 200
                && api.get("/api/consultations/sale-future").status() == 200);
        String citizen = TestTokens.resident("sale-citizen-late", "sale");

        long before = storedEvents();
        rule(409, "consultation-closed", votes.cast("sale-past", "1", citizen, "FOR"));
        rule(409, "consultation-not-open-yet", votes.cast("sale-future", "1", citizen, "FOR"));
        rule(409, "consultation-closed", api.post("/api/consultations/sale-past/in-person-tallies", ADMIN,
                "{\"stationId\":\"count\",\"items\":[{\"itemId\":\"1\",\"for\":3,\"against\":1}]}"));
        assertThat(storedEvents()).isEqualTo(before);

        status(200, votes.cast("sale-closing", "1", citizen, "FOR"));
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> votes.cast("sale-closing", "1", citizen, "FOR").status() == 409);
        rule(409, "consultation-closed", votes.cast("sale-closing", "1", citizen, "AGAINST"));
        rule(409, "consultation-closed", votes.withdraw("sale-closing", "1", citizen));

        await().atMost(PROJECTED).untilAsserted(() -> assertThat(counts(
                api.get("/api/consultations/sale-closing/results").json().path("items").get(0), "online")).isEqualTo("1/0"));
    }

    @Test
    void consultationsAreListedWithTheirStatusAndAnAdminClosesEarlyOrExtends() {
        String process = open("sale-status");
        status(200, api.post(process + "/phase", ADMIN, "{\"phase\":\"CONSULTATION\",\"on\":\"2024-09-01\"}"));
        Instant now = Instant.now();
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-s-past", null, now.minusSeconds(7200), now.minusSeconds(3600))));
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-s-open", null, now.minusSeconds(60), now.plusSeconds(3600))));
        status(201, api.post(process + "/consultations", ADMIN,
                consultation("sale-s-soon", null, now.plusSeconds(3600), now.plusSeconds(7200))));
        await().atMost(PROJECTED).until(() -> api.get(process + "/consultations").json().path("items").size() == 3);
        assertThat(api.get(process + "/consultations?status=open").json().path("items").findValuesAsText("consultationId"))
                .containsExactly("sale-s-open");
        assertThat(api.get("/api/consultations?collectivityId=sale&status=upcoming").json().path("items")
                .findValuesAsText("consultationId")).contains("sale-s-soon").doesNotContain("sale-s-open", "sale-s-past");
        assertThat(api.get("/api/consultations?collectivityId=sale&status=closed").json().path("items")
                .findValuesAsText("consultationId")).contains("sale-s-past").doesNotContain("sale-s-open", "sale-s-soon");
        JsonNode firstPage = api.get(process + "/consultations?limit=2").json();
        assertThat(firstPage.path("items").findValuesAsText("status")).containsExactly("open", "closed");
        assertThat(firstPage.path("next").asText()).isEqualTo("sale-s-past");
        assertThat(api.get("/api/consultations/sale-s-soon").json().path("status").asText()).isEqualTo("upcoming");
        rule(400, "invalid-status", api.get("/api/consultations?status=finished"));
        status(404, api.get("/api/processes/sale-nowhere/consultations"));

        String citizen = TestTokens.resident("sale-citizen-early", "sale");
        status(200, votes.cast("sale-s-open", "1", citizen, "FOR"));
        long before = storedEvents();
        rule(409, "consultation-closed", api.post("/api/consultations/sale-s-past/extend", ADMIN,
                "{\"closesAt\":\"" + now.plusSeconds(86400) + "\",\"reason\":\"trop tard\"}"));
        rule(400, "closes-at-past", api.post("/api/consultations/sale-s-open/extend", ADMIN,
                "{\"closesAt\":\"" + now.minusSeconds(10) + "\",\"reason\":\"erreur\"}"));
        assertThat(storedEvents()).isEqualTo(before);

        Instant later = now.plusSeconds(86400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        status(200, api.post("/api/consultations/sale-s-soon/extend", ADMIN,
                "{\"closesAt\":\"" + later + "\",\"reason\":\"affluence attendue\"}"));
        status(200, api.post("/api/consultations/sale-s-open/close", ADMIN, "{\"reason\":\"fraude constatée\"}"));
        rule(409, "consultation-closed", votes.cast("sale-s-open", "1", citizen, "AGAINST"));
        rule(409, "consultation-closed", api.post("/api/consultations/sale-s-open/close", ADMIN, "{\"reason\":\"encore\"}"));
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode closed = api.get("/api/consultations/sale-s-open").json();
            assertThat(closed.path("status").asText()).isEqualTo("closed");
            assertThat(counts(closed.path("items").get(0), "online")).isEqualTo("1/0");
            assertThat(Instant.parse(api.get("/api/consultations/sale-s-soon").json().path("closesAt").asText()))
                    .isEqualTo(later);
            assertThat(api.get(process + "/consultations?status=closed").json().path("items")
                    .findValuesAsText("consultationId")).containsExactlyInAnyOrder("sale-s-open", "sale-s-past");
        });

        List<CloudEvent> changes = TopicReader.readUntil(Topics.PARTICIPATION, Duration.ofSeconds(60),
                        records -> records.stream().filter(r -> "sale-status".equals(r.key())
                                && r.value().getType().matches(".*Consultation(Closed|Extended).v1")).count() >= 2)
                .stream().map(ConsumerRecord::value).filter(e -> e.getType().matches(".*Consultation(Closed|Extended).v1"))
                .filter(e -> "sale-status".equals(e.getSubject())).toList();
        assertThat(changes).extracting(e -> e.getExtension("reason"))
                .containsExactlyInAnyOrder("affluence attendue", "fraude constatée");
        assertThat(changes).extracting(e -> json(e).path("reason").asText())
                .containsExactlyInAnyOrder("affluence attendue", "fraude constatée");
        assertThat(changes).allSatisfy(e -> assertThat(e.getExtension("actorrole")).isEqualTo("COLLECTIVITY_ADMIN"));
    }

    private String open(String processId) {
        status(201, api.post("/api/processes", ADMIN, """
                {"id":"%s","collectivityId":"sale","title":"برنامج عمل الانفتاح","cycle":"2025-2026"}""".formatted(processId)));
        return "/api/processes/" + processId;
    }

    /** A consultation on the proposal (when given) and one draft project of Salé's program. */
    private static String consultation(String id, String proposalId, Instant opensAt, Instant closesAt) {
        String proposal = proposalId == null ? "" : "{\"ref\":\"" + proposalId + "\",\"title\":\"Éclairage public\"},";
        return """
                {"id":"%s","title":"الاستشارة حول مشروع البرنامج","items":[%s{"ref":"sale-2025-2026#3","title":"Signalisation"}],
                 "opensAt":"%s","closesAt":"%s"}""".formatted(id, proposal, opensAt, closesAt);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private static String counts(JsonNode item, String kind) {
        return item.path(kind).path("for").asLong() + "/" + item.path(kind).path("against").asLong();
    }

    private static JsonNode json(CloudEvent event) {
        try {
            return new ObjectMapper().readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void status(int expected, Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(expected);
    }

    private static void rule(int expected, String code, Api.Response response) {
        status(expected, response);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).as(response.raw()).isEqualTo(code);
    }
}
