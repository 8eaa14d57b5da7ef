package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.CharterCommitment;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import ma.remacto.events.network.SupportAxis;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's activities with their support-program axis, the members' charter follow-ups as
 * open data, and events carrying a kind or channel this build does not know yet, which are kept
 * as they are rather than stopping the projections.
 */
@RealInfrastructureTest
class NetworkAxesAndCharterIT {

    private static final String ID = "axes-charter";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    private List<JsonNode> rows(String dataset, String field, String value) {
        Api.Response response = Api.at(port).get("/api/exports/" + dataset.replaceFirst("^([^?]*)", "$1.json"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(item -> {
            if (value.equals(item.path(field).asText())) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void anActivityShowsTheAxisItWasLastTaggedWith() throws Exception {
        TestFeed feed = new TestFeed(group, null);
        String training = ID + "-training";
        String meeting = ID + "-meeting";
        feed.on(training, new NetworkActivityRecordedEvent(training, ActivityKind.TRAINING,
                "لقاء تواصلي وتكويني حول منهجية الإعداد المشترك", LocalDate.of(2025, 2, 11), null));
        feed.on(training, new NetworkActivityTaggedEvent(training, SupportAxis.CO_CREATION));
        feed.on(training, new NetworkActivityTaggedEvent(training, SupportAxis.CAPACITY));
        feed.on(meeting, new NetworkActivityRecordedEvent(meeting, ActivityKind.MEETING, "لقاء", LocalDate.of(2025, 2, 12),
                null));
        feed.deliver();

        assertThat(rows("activities", "activity_id", training)).singleElement()
                .satisfies(row -> assertThat(row.path("axis").asText()).isEqualTo("CAPACITY"));
        assertThat(rows("activities", "activity_id", meeting)).singleElement()
                .satisfies(row -> assertThat(row.path("axis").isNull()).as("not tagged").isTrue());
    }

    @Test
    void charterFollowUpsAddUpAsOpenDataDatedByTheirEvidence() throws Exception {
        TestFeed feed = new TestFeed(group, ID);
        feed.on(ID, new CollectivityRegisteredEvent(ID, CollectivityKind.COMMUNE, "جماعة", "Commune", null, null, null));
        feed.on(ID, new CharterCommitmentFollowedUpEvent(ID, CharterCommitment.OPEN_PROGRAMS,
                "مصفوفة مشاريع برنامج عمل الانفتاح 2025-2026 معدة بشكل تشاركي", LocalDate.of(2024, 6, 30)));
        feed.on(ID, new CharterCommitmentFollowedUpEvent(ID, CharterCommitment.OPEN_PROGRAMS,
                "Délibération n° 12 du conseil", LocalDate.of(2025, 10, 6)));
        feed.on(ID, new CharterCommitmentFollowedUpEvent(ID, CharterCommitment.NORMS,
                "Portail de publication des décisions du conseil", LocalDate.of(2025, 1, 15)));
        feed.deliver();

        List<JsonNode> followUps = rows("charter-follow-ups", "collectivity_id", ID);
        assertThat(followUps).extracting(row -> row.path("followed_up_on").asText() + " "
                        + row.path("commitment").asText() + " " + row.path("evidence").asText())
                .containsExactly("2024-06-30 OPEN_PROGRAMS مصفوفة مشاريع برنامج عمل الانفتاح 2025-2026 معدة بشكل تشاركي",
                        "2025-01-15 NORMS Portail de publication des décisions du conseil",
                        "2025-10-06 OPEN_PROGRAMS Délibération n° 12 du conseil");
        assertThat(rows("charter-follow-ups?asOf=2025-01-15", "collectivity_id", ID)).hasSize(2);
        assertThat(Api.at(port).get("/api/exports").json().path("datasets").findValuesAsText("name"))
                .contains("charter-follow-ups");
    }

    @Test
    void aKindOrChannelThisBuildDoesNotKnowIsKeptAsTheEventCarriesIt() throws Exception {
        String collectivity = ID + "-newer";
        String process = collectivity + "-2025";
        TestFeed feed = new TestFeed(group, collectivity);
        feed.on(collectivity, new CollectivityRegisteredEvent(collectivity, CollectivityKind.COMMUNE, "جماعة", "Commune",
                null, null, null));
        feed.on(process, new CoCreationProcessOpenedEvent(process, collectivity, "برنامج", "2025-2026"));
        feed.deliver();
        String station = process + "-follow-up";
        CloudEvent planned = newer(new StationPlannedEvent(process, station, StationKind.COMMITTEE_MEETING, "اجتماع",
                LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 3), null, List.of()),
                "COMMITTEE_MEETING", "FOLLOW_UP_HEARING", process, collectivity, 1);
        String proposal = process + "-p1";
        CloudEvent submitted = newer(new ProposalSubmittedEvent(proposal, process, collectivity,
                        ProposalChannel.IN_PERSON, null, TestStreams.sealed("proposal:" + proposal), null, null, null,
                        null, null),
                "IN_PERSON", "YOUTH_COUNCIL", proposal, collectivity, 0);
        TestStreams.awaitConsumed(group, TestStreams.publish(List.of(planned, submitted)));
        // and the events after them are applied as usual
        String later = process + "-workshop";
        feed.on(process, new StationPlannedEvent(process, later, StationKind.CO_CREATION_WORKSHOP, "ورشة",
                LocalDate.of(2025, 11, 4), LocalDate.of(2025, 11, 4), null, List.of()));
        feed.deliver();

        assertThat(rows("stations", "collectivity_id", collectivity)).extracting(row -> row.path("kind").asText())
                .containsExactly("FOLLOW_UP_HEARING", "CO_CREATION_WORKSHOP");
        assertThat(rows("proposals", "proposal_id", proposal)).singleElement()
                .satisfies(row -> assertThat(row.path("channel").asText()).isEqualTo("YOUTH_COUNCIL"));
        JsonNode dashboard = Api.at(port).get("/api/dashboards/collectivities/" + collectivity + "?asOf=2025-11-30").json();
        assertThat(dashboard.path("stations").findValuesAsText("kind")).containsExactly("FOLLOW_UP_HEARING",
                "CO_CREATION_WORKSHOP");
    }

    /** The event as a newer publisher would write it, with a value of an enumeration unknown here. */
    private static CloudEvent newer(Object payload, String known, String unknown, String subject, String collectivity,
                                    long sequence) {
        String json = new String(EventJson.write(payload), StandardCharsets.UTF_8)
                .replace('"' + known + '"', '"' + unknown + '"');
        return TestStreams.event(PublishedLanguage.typeOf(payload.getClass()), json.getBytes(StandardCharsets.UTF_8),
                subject, collectivity, sequence, null, OffsetDateTime.now());
    }
}
