package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' live stream: filtered by collectivity and type, resumable with Last-Event-ID
 * without loss or duplicates, refused to anyone but analysts and operators.
 */
@RealInfrastructureTest
class EventStreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANALYST = TestTokens.token("analyst-1", List.of("ANALYST"), null);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Test
    void aStreamResumesAfterItsLastEventWithoutLossOrDuplicates() throws Exception {
        String collectivity = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = new TestFeed(group, collectivity);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add(proposal(feed, collectivity, i).getId());
        }
        feed.deliver();
        String url = "http://localhost:" + port + "/api/streams/events?collectivity=" + collectivity;

        List<SseClient.Event> first;
        try (SseClient stream = SseClient.open(url + "&after=0", ANALYST, null)) {
            assertThat(stream.contentType()).startsWith("text/event-stream");
            first = stream.take(5, Duration.ofSeconds(10));
        }
        String lastSeen = first.get(first.size() - 1).id();

        // more events while the client is away, one of them delivered twice
        for (int i = 12; i < 20; i++) {
            CloudEvent event = proposal(feed, collectivity, i);
            expected.add(event.getId());
            if (i == 15) {
                feed.again(event);
            }
        }
        feed.deliver();

        List<SseClient.Event> rest;
        try (SseClient stream = SseClient.open(url, ANALYST, lastSeen)) {
            rest = stream.take(expected.size() - first.size(), Duration.ofSeconds(10));
            assertThat(stream.drain(Duration.ofMillis(800))).as("nothing more, nothing twice").isEmpty();

            // and it stays live
            CloudEvent later = proposal(feed, collectivity, 99);
            feed.deliver();
            SseClient.Event live = stream.take(1, Duration.ofSeconds(10)).get(0);
            assertThat(JSON.readTree(live.data()).path("id").asText()).isEqualTo(later.getId());
        }

        List<SseClient.Event> all = new ArrayList<>(first);
        all.addAll(rest);
        // in the trail's order, which follows each partition's log (the aggregates spread over partitions)
        assertThat(all.stream().map(event -> cloudEventId(event)).toList()).containsExactlyInAnyOrderElementsOf(expected);
        List<Long> ids = all.stream().map(event -> Long.valueOf(event.id())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        JsonNode firstEvent = JSON.readTree(all.get(0).data());
        assertThat(firstEvent.path("specversion").asText()).isEqualTo("1.0");
        assertThat(firstEvent.path("type").asText()).isEqualTo("ma.remacto.participation.ProposalSubmitted.v1");
        assertThat(all.get(0).name()).isEqualTo("ma.remacto.participation.ProposalSubmitted.v1");
        assertThat(firstEvent.path("collectivity").asText()).isEqualTo(collectivity);
        assertThat(firstEvent.path("data").path("proposalId").asText()).isNotBlank();
    }

    @Test
    void aStreamCarriesOnlyTheTypesAsked() throws Exception {
        String collectivity = "types-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = new TestFeed(group, collectivity);
        feed.on(collectivity, new CollectivityRegisteredEvent(collectivity, CollectivityKind.COMMUNE, "جماعة",
                "Commune", null, "oriental", "Oujda"));
        feed.on(collectivity, new AdmissionDecidedEvent(collectivity, AdmissionDecision.ADMITTED,
                LocalDate.of(2025, 1, 2), Map.of()));
        CloudEvent submitted = proposal(feed, collectivity, 1);
        CloudEvent reviewed = feed.on(submitted.getSubject(),
                new ProposalReviewedEvent(submitted.getSubject(), ReviewDecision.RETAINED, null));
        feed.deliver();

        String base = "http://localhost:" + port + "/api/streams/events?after=0&collectivity=" + collectivity;
        try (SseClient stream = SseClient.open(base + "&types=ma.remacto.network.AdmissionDecided.v1,ma.remacto.participation.ProposalReviewed.v1",
                ANALYST, null)) {
            List<SseClient.Event> events = stream.take(2, Duration.ofSeconds(10));
            assertThat(events).extracting(SseClient.Event::name).containsExactly(
                    "ma.remacto.network.AdmissionDecided.v1", "ma.remacto.participation.ProposalReviewed.v1");
            assertThat(cloudEventId(events.get(1))).isEqualTo(reviewed.getId());
            assertThat(stream.drain(Duration.ofMillis(600))).isEmpty();
        }
        try (SseClient stream = SseClient.open(base + "&types=ma.remacto.network.*", TestTokens.operator(), null)) {
            assertThat(stream.take(2, Duration.ofSeconds(10))).extracting(SseClient.Event::name).containsExactly(
                    "ma.remacto.network.CollectivityRegistered.v2", "ma.remacto.network.AdmissionDecided.v1");
        }
    }

    @Test
    void onlyAnalystsAndOperatorsStreamAndBadRequestsAreExplained() {
        Api api = Api.at(port);
        assertThat(api.get("/api/streams/events").status()).isEqualTo(401);
        Api.Response citizen = api.get("/api/streams/events", TestTokens.citizen("c-1"));
        assertThat(citizen.status()).isEqualTo(403);
        assertThat(citizen.contentType()).startsWith("application/problem+json");
        Api.Response unknown = api.get("/api/streams/events?types=ma.remacto.nothing.Else.v1", ANALYST);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("code").asText()).isEqualTo("unknown-type");
        Api.Response badId = api.get("/api/streams/events?after=yesterday", ANALYST);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("code").asText()).isEqualTo("invalid-event-id");
    }

    @Test
    void theAsyncApiDocumentAndTheSchemasAreServedToAnyone() {
        Api api = Api.at(port);
        Api.Response asyncApi = api.get("/api/streams/asyncapi.yaml");
        assertThat(asyncApi.status()).isEqualTo(200);
        assertThat(asyncApi.raw()).contains("asyncapi:", "remacto.participation.v1");
        JsonNode schemas = api.get("/api/streams/schemas").json();
        assertThat(schemas.path("items").findValuesAsText("type")).contains("ma.remacto.participation.VoteCast.v1");
        Api.Response schema = api.get("/api/streams/schemas/ma.remacto.participation.VoteCast.v1");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.contentType()).startsWith("application/schema+json");
        assertThat(schema.json().path("properties").has("ballotId")).isTrue();
        assertThat(api.get("/api/streams/schemas/ma.remacto.nothing.v1").status()).isEqualTo(404);
    }

    private static CloudEvent proposal(TestFeed feed, String collectivity, int i) {
        String proposal = collectivity + "-p" + i;
        return feed.on(proposal, new LegacyProposalSubmittedEvent(proposal, collectivity + "-process", collectivity,
                ProposalChannel.DIGITAL_PLATFORM, null, "اقتراح " + i, "نص", null, null, "citizen-" + i, null));
    }

    private static String cloudEventId(SseClient.Event event) {
        try {
            return JSON.readTree(event.data()).path("id").asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }
}
