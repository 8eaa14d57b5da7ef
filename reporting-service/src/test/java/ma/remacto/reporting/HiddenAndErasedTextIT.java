package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Gender;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.events.network.LegacyCommitteeMemberAppointedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.PersonalDataErasedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text hidden by moderation or erased at its subject's request reads {@code [hidden]} or
 * {@code [erased]} in every public read of reporting: the audit trail, an event stream replayed
 * from the start, and both again after a rebuild; whether the text travelled in clear (revision
 * 1, still on the topics) or sealed (revision 2), and whichever of the submission and its hiding
 * or erasure was applied first. Text still readable stays as the log holds it, and nothing but
 * the text changes. Shares its application with {@link ProjectionRebuildIT} (same properties).
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.projections.rebuild-batch=2")
class HiddenAndErasedTextIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT_FIELDS = List.of("title", "body", "neighbourhood", "fullName");
    private static final String ANALYST = TestTokens.token("analyst-redaction", List.of("ANALYST"), null);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    /** A collectivity's events, and the mark each one's text must read as (null: as published). */
    private record Scenario(String collectivity, TestFeed feed, Map<CloudEvent, String> marks) {

        Scenario(String prefix, String group) {
            this(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), group, new LinkedHashMap<>());
        }

        private Scenario(String collectivity, String group, Map<CloudEvent, String> marks) {
            this(collectivity, new TestFeed(group, collectivity), marks);
        }

        String process() {
            return collectivity + "-process";
        }

        void expect(CloudEvent event, String mark) {
            marks.put(event, mark);
        }
    }

    @Test
    void hiddenAndErasedTextReadsAsSuchInTheAuditAndOnAStreamReplayedFromTheStart() throws Exception {
        Scenario scenario = submittedThenHiddenAndErased(registered("redacted"));

        assertRedacted(scenario, audit(scenario.collectivity()));
        assertRedacted(scenario, streamedFromTheStart(scenario));
        String trail = Api.at(port).get("/api/audit?collectivity=" + scenario.collectivity() + "&limit=200").raw();
        assertThat(trail).doesNotContain("عنوان سيخفى", "نص سيخفى", "حي الأمل", "عنوان سيمحى", "نص سيمحى",
                "فاطمة الزهراء");
    }

    @Test
    void aHidingOrAnErasureMetBeforeItsSubmissionStillRedactsIt() throws Exception {
        Scenario scenario = hiddenAndErasedBeforeSubmitted(registered("early"));

        assertRedacted(scenario, audit(scenario.collectivity()));
        assertRedacted(scenario, streamedFromTheStart(scenario));
    }

    @Test
    void hidingAndErasureChangeNoCountDateOrStatus() throws Exception {
        Scenario scenario = registered("counts");
        TestFeed feed = scenario.feed();
        String process = scenario.process();
        String proposal = process + "-p1";
        feed.on(process, new CoCreationProcessOpenedEvent(process, scenario.collectivity(), "برنامج", "2025-2026"));
        feed.on(process, new LegacyProposalSubmittedEvent(proposal, process, scenario.collectivity(),
                ProposalChannel.DIGITAL_PLATFORM, null, "عنوان", "نص", null, "حي", "citizen-1", Gender.WOMAN));
        feed.on(process, new ProposalReviewedEvent(proposal, ReviewDecision.RETAINED, null));
        feed.deliver();
        String dashboard = "/api/dashboards/collectivities/" + scenario.collectivity();
        String before = Api.at(port).get(dashboard).raw();
        String exported = Api.at(port).get("/api/exports/proposals.csv").raw();
        assertThat(exported).contains(proposal + "," + scenario.collectivity());

        feed.on("erasure-" + proposal, new PersonalDataErasedEvent("erasure-" + proposal, List.of(proposal)));
        feed.deliver();

        assertThat(Api.at(port).get(dashboard).raw()).isEqualTo(before);
        assertThat(Api.at(port).get("/api/exports/proposals.csv").raw()).contains(proposal + "," + scenario.collectivity()
                + "," + process + ",DIGITAL_PLATFORM,,RETAINED,");
        assertThat(audit(scenario.collectivity())).hasSize(feed.size());
    }

    @Test
    void aRebuildEndsInTheSameRedactedStateWithEqualChecksums() throws Exception {
        Scenario late = submittedThenHiddenAndErased(registered("rebuilt"));
        Scenario early = hiddenAndErasedBeforeSubmitted(registered("rebuilt-early"));
        List<String> reads = List.of("/api/audit?collectivity=" + late.collectivity() + "&limit=200",
                "/api/audit?collectivity=" + early.collectivity() + "&limit=200",
                "/api/dashboards/collectivities/" + late.collectivity(), "/api/exports/proposals.json");
        Map<String, String> before = readAll(reads);

        JsonNode rebuild = TestRebuilds.rebuild(port, false);

        assertThat(rebuild.path("state").asText()).as(rebuild.toString()).isEqualTo("SWAPPED");
        assertThat(rebuild.path("tables").findValuesAsText("table")).contains("audit_entry", "redaction");
        for (JsonNode table : rebuild.path("tables")) {
            assertThat(table.path("equal").asBoolean()).as(table.toString()).isTrue();
        }
        assertThat(readAll(reads)).isEqualTo(before);
        for (Scenario scenario : List.of(late, early)) {
            assertRedacted(scenario, audit(scenario.collectivity()));
            assertRedacted(scenario, streamedFromTheStart(scenario));
        }
    }

    /** A collectivity of the network, for its events to follow. */
    private Scenario registered(String prefix) {
        Scenario scenario = new Scenario(prefix, group);
        scenario.feed().on(scenario.collectivity(), new CollectivityRegisteredEvent(scenario.collectivity(),
                CollectivityKind.COMMUNE, "جماعة", "Commune " + scenario.collectivity(), null, "oriental", "Oujda"));
        return scenario;
    }

    /**
     * Proposals and committee members, in clear and sealed, delivered; then some hidden, some
     * erased (by their author, or by an operator for a committee member), delivered after.
     */
    private static Scenario submittedThenHiddenAndErased(Scenario scenario) throws Exception {
        TestFeed feed = scenario.feed();
        String collectivity = scenario.collectivity();
        String process = scenario.process();
        feed.on(process, new CoCreationProcessOpenedEvent(process, collectivity, "برنامج عمل الانفتاح", "2025-2026"));
        scenario.expect(feed.on(process, inClear(scenario, "p1", "عنوان ظاهر", "نص ظاهر", "حي السلام")), null);
        scenario.expect(feed.on(process, inClear(scenario, "p2", "عنوان سيخفى", "نص سيخفى", "حي الأمل")), "[hidden]");
        scenario.expect(feed.on(process, sealed(scenario, "p3", true)), "[hidden]");
        scenario.expect(feed.on(process, inClear(scenario, "p4", "عنوان سيمحى", "نص سيمحى", null)), "[erased]");
        scenario.expect(feed.on(process, sealed(scenario, "p5", false)), "[erased]");
        scenario.expect(feed.on(process, sealed(scenario, "p6", true)), null);
        feed.on(process, new ProposalReviewedEvent(process + "-p2", ReviewDecision.UNDER_STUDY, null));
        scenario.expect(feed.on(collectivity, new LegacyCommitteeMemberAppointedEvent(collectivity, "m1",
                "فاطمة الزهراء", CommitteeRole.CHAIR, Gender.WOMAN, LocalDate.of(2024, 3, 1))), "[erased]");
        scenario.expect(feed.on(collectivity, new CommitteeMemberAppointedEvent(collectivity, "m2",
                TestStreams.sealed("committee:" + collectivity + ":m2"), CommitteeRole.STAFF, Gender.MAN,
                LocalDate.of(2024, 3, 1))), "[erased]");
        scenario.expect(feed.on(collectivity, new LegacyCommitteeMemberAppointedEvent(collectivity, "m3",
                "Président du conseil", CommitteeRole.VICE_CHAIR, Gender.MAN, LocalDate.of(2024, 3, 1))), null);
        feed.deliver();

        feed.because("insulting", process, new ProposalHiddenEvent(process + "-p2"));
        feed.because("insulting", process, new ProposalHiddenEvent(process + "-p3"));
        feed.on("erasure-" + collectivity, new PersonalDataErasedEvent("erasure-" + collectivity,
                List.of(process + "-p4", process + "-p5")));
        feed.because("the member asked", collectivity, new CommitteeMemberErasedEvent(collectivity, "m1"));
        feed.because("the member asked", collectivity, new CommitteeMemberErasedEvent(collectivity, "m2"));
        feed.deliver();
        return scenario;
    }

    /**
     * Hidings and erasures applied before the submissions they concern (they travel on other
     * partitions, or in an earlier batch), and one met in the same batch just before.
     */
    private static Scenario hiddenAndErasedBeforeSubmitted(Scenario scenario) throws Exception {
        TestFeed feed = scenario.feed();
        String collectivity = scenario.collectivity();
        String process = scenario.process();
        feed.on(process, new ProposalHiddenEvent(process + "-q1"));
        feed.on("erasure-" + collectivity, new PersonalDataErasedEvent("erasure-" + collectivity,
                List.of(process + "-q2", process + "-q3")));
        feed.on(collectivity, new CommitteeMemberErasedEvent(collectivity, "n1"));
        // hidden first, then erased: the erasure is what stays
        feed.on(process, new ProposalHiddenEvent(process + "-q3"));
        feed.deliver();

        scenario.expect(feed.on(process, inClear(scenario, "q1", "عنوان مبكر", "نص مبكر", "حي مبكر")), "[hidden]");
        scenario.expect(feed.on(process, sealed(scenario, "q2", true)), "[erased]");
        scenario.expect(feed.on(process, inClear(scenario, "q3", "عنوان مزدوج", "نص مزدوج", null)), "[erased]");
        scenario.expect(feed.on(collectivity, new LegacyCommitteeMemberAppointedEvent(collectivity, "n1",
                "اسم ممحو", CommitteeRole.STAFF, Gender.WOMAN, LocalDate.of(2024, 4, 1))), "[erased]");
        feed.on(process, new ProposalHiddenEvent(process + "-q4"));
        scenario.expect(feed.on(process, sealed(scenario, "q4", false)), "[hidden]");
        feed.deliver();
        return scenario;
    }

    private static LegacyProposalSubmittedEvent inClear(Scenario scenario, String name, String title, String body,
                                                        String neighbourhood) {
        return new LegacyProposalSubmittedEvent(scenario.process() + "-" + name, scenario.process(),
                scenario.collectivity(), ProposalChannel.DIGITAL_PLATFORM, null, title, body, "environment",
                neighbourhood, "citizen-" + name, Gender.WOMAN);
    }

    private static ProposalSubmittedEvent sealed(Scenario scenario, String name, boolean withNeighbourhood) {
        String proposal = scenario.process() + "-" + name;
        String key = "proposal:" + proposal;
        return new ProposalSubmittedEvent(proposal, scenario.process(), scenario.collectivity(),
                ProposalChannel.IN_PERSON, null, TestStreams.sealed(key), TestStreams.sealed(key), null,
                withNeighbourhood ? TestStreams.sealed(key) : null, "p-" + name, null);
    }

    /**
     * Each event's data as read equals the data published, but for its text fields that hold
     * something, which read as the expected mark; the text of the others is as published (in
     * clear or sealed).
     */
    private static void assertRedacted(Scenario scenario, Map<String, JsonNode> read) throws IOException {
        assertThat(read).hasSizeGreaterThanOrEqualTo(scenario.marks().size());
        for (Map.Entry<CloudEvent, String> expected : scenario.marks().entrySet()) {
            CloudEvent event = expected.getKey();
            ObjectNode data = (ObjectNode) JSON.readTree(event.getData().toBytes());
            if (expected.getValue() != null) {
                for (String field : TEXT_FIELDS) {
                    if (data.hasNonNull(field)) {
                        data.put(field, expected.getValue());
                    }
                }
            }
            assertThat(read.get(event.getId())).as(event.getType() + " " + data).isEqualTo(data);
        }
    }

    /** The collectivity's audit entries: each event's data by event id. */
    private Map<String, JsonNode> audit(String collectivity) {
        JsonNode items = Api.at(port).get("/api/audit?collectivity=" + collectivity + "&limit=200").json().path("items");
        Map<String, JsonNode> data = new LinkedHashMap<>();
        items.forEach(item -> data.put(item.path("id").asText(), item.path("data")));
        return data;
    }

    /** The collectivity's events as a stream opened with {@code after=0} carries them. */
    private Map<String, JsonNode> streamedFromTheStart(Scenario scenario) throws Exception {
        String url = "http://localhost:" + port + "/api/streams/events?after=0&collectivity=" + scenario.collectivity();
        Map<String, JsonNode> data = new LinkedHashMap<>();
        try (SseClient stream = SseClient.open(url, ANALYST, null)) {
            for (SseClient.Event event : stream.take(scenario.feed().size(), Duration.ofSeconds(20))) {
                JsonNode cloudEvent = JSON.readTree(event.data());
                data.put(cloudEvent.path("id").asText(), cloudEvent.path("data"));
            }
        }
        return data;
    }

    private Map<String, String> readAll(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = Api.at(port).get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            answers.put(path, response.raw());
        }
        return answers;
    }
}
