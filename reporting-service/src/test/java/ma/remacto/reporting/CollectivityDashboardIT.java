package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collectivity dashboard from the participation stream, on Temara's 2024 figures (DOMAIN.md):
 * 279 in person (111 women, 168 men) and 46 online (7 women, 39 men). Tests share the database,
 * so each uses a collectivity of its own.
 */
@RealInfrastructureTest
class CollectivityDashboardIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    /** Temara's process and stations of 2024, as the collectivity reported them. */
    private record Temara(TestFeed stream, String process, CloudEvent staleAttendance, CloudEvent cancelledStation) {

        static Temara in(TestFeed stream, String id) {
            stream.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                    "rabat-sale-kenitra", "Skhirate-Témara"));
            stream.on(id, new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 4, 25), Map.of()));
            String process = id + "-2024";
            stream.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));

            String workshop = station(stream, process, id + "-workshop", StationKind.CO_CREATION_WORKSHOP,
                    "ورشة الإعداد المشترك", LocalDate.of(2024, 4, 25), LocalDate.of(2024, 4, 25), List.of(
                            new AgendaSlot("10:30", "10:45", "الاستقبال"),
                            new AgendaSlot("10:45", "11:15", "الكلمات الافتتاحية"),
                            new AgendaSlot("11:15", null, "ورشات تجميع الأفكار")));
            CloudEvent stale = attend(stream, process, workshop, 30, 44, Map.of(), null);
            attend(stream, process, workshop, 29, 44, Map.of(), null);

            String digital = station(stream, process, id + "-digital", StationKind.DIGITAL_CALL_FOR_IDEAS,
                    "نداء الأفكار والمقترحات على المنصة الرقمية", LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 12),
                    List.of());
            attend(stream, process, digital, 7, 39, Map.of(), 50);

            // Attendance was entered, then the meeting called off: a cancelled station counts for nothing.
            String cancelled = id + "-info";
            CloudEvent planned = stream.on(process, new StationPlannedEvent(process, cancelled,
                    StationKind.INFO_MEETING, "لقاء إخباري", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6),
                    null, List.of()));
            stream.on(process, new AttendanceRecordedEvent(process, cancelled, 12, 9, 3, Map.of(), 20));
            stream.on(process, new StationCancelledEvent(process, cancelled));

            String neighbourhoods = station(stream, process, id + "-neighbourhoods", StationKind.NEIGHBOURHOOD_WORKSHOPS,
                    "ورشات الانفتاح في الأحياء", LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 20), List.of());
            attend(stream, process, neighbourhoods, 77, 119, Map.of(), null);

            String sharing = id + "-sharing";
            stream.on(process, new StationPlannedEvent(process, sharing, StationKind.EXPERIENCE_SHARING,
                    "الأسبوع الدولي للحكومة المنفتحة", LocalDate.of(2024, 5, 27), LocalDate.of(2024, 5, 31), null,
                    List.of()));

            String equality = station(stream, process, id + "-equality", StationKind.EQUALITY_BODY_MEETING,
                    "اجتماع هيئة المساواة وتكافؤ الفرص ومقاربة النوع", LocalDate.of(2024, 5, 28),
                    LocalDate.of(2024, 5, 28), List.of());
            attend(stream, process, equality, 5, 5, Map.of(ParticipantCategory.EQUALITY_BODY, 10), null);
            return new Temara(stream, process, stale, planned);
        }

        /** A station that was planned and held. */
        private static String station(TestFeed stream, String process, String id, StationKind kind, String title,
                                      LocalDate startsOn, LocalDate endsOn, List<AgendaSlot> agenda) {
            stream.on(process, new StationPlannedEvent(process, id, kind, title, startsOn, endsOn, "تمارة", agenda));
            stream.on(process, new StationHeldEvent(process, id));
            return id;
        }

        private static CloudEvent attend(TestFeed stream, String process, String station, int women, int men,
                                         Map<ParticipantCategory, Integer> byCategory, Integer proposalsCollected) {
            return stream.on(process, new AttendanceRecordedEvent(process, station, women, men, 0, byCategory,
                    proposalsCollected));
        }
    }

    private JsonNode dashboard(String collectivity, String query) {
        Api.Response response = Api.at(port).get("/api/dashboards/collectivities/" + collectivity + query);
        assertThat(response.status()).as("dashboard of %s%s: %s", collectivity, query, response.raw()).isEqualTo(200);
        return response.json();
    }

    private static void assertCounts(JsonNode counts, long women, long men, long unspecified, long total) {
        assertThat(counts.path("women").asLong()).as("women").isEqualTo(women);
        assertThat(counts.path("men").asLong()).as("men").isEqualTo(men);
        assertThat(counts.path("unspecified").asLong()).as("unspecified").isEqualTo(unspecified);
        assertThat(counts.path("total").asLong()).as("total").isEqualTo(total);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    @Test
    void theCollectivityDashboardSumsParticipationByGenderAndChannel() throws Exception {
        String id = "temara-participation";
        Temara temara = Temara.in(new TestFeed(group, id), id);
        temara.stream().deliver();

        JsonNode dashboard = dashboard(id, "?asOf=2024-06-30");
        assertThat(dashboard.path("asOf").asText()).isEqualTo("2024-06-30");
        JsonNode collectivity = dashboard.path("collectivity");
        assertThat(collectivity.path("id").asText()).isEqualTo(id);
        assertThat(collectivity.path("kind").asText()).isEqualTo("COMMUNE");
        assertThat(collectivity.path("nameAr").asText()).isEqualTo("تمارة");
        assertThat(collectivity.path("nameFr").asText()).isEqualTo("Témara");
        assertThat(collectivity.path("regionId").asText()).isEqualTo("rabat-sale-kenitra");
        assertThat(collectivity.path("status").asText()).isEqualTo("ADMITTED");

        assertCounts(dashboard.path("participation").path("inPerson"), 111, 168, 0, 279);
        assertCounts(dashboard.path("participation").path("online"), 7, 39, 0, 46);
        assertThat(dashboard.path("proposals").path("reportedByStations").asLong()).isEqualTo(50);

        JsonNode stations = dashboard.path("stations");
        assertThat(texts(stations, "kind")).containsExactly("CO_CREATION_WORKSHOP", "DIGITAL_CALL_FOR_IDEAS",
                "INFO_MEETING", "NEIGHBOURHOOD_WORKSHOPS", "EXPERIENCE_SHARING", "EQUALITY_BODY_MEETING");
        assertThat(texts(stations, "status")).containsExactly("HELD", "HELD", "CANCELLED", "HELD", "PLANNED", "HELD");
        assertThat(texts(stations, "startsOn")).containsExactly("2024-04-25", "2024-04-30", "2024-05-06",
                "2024-05-13", "2024-05-27", "2024-05-28");
        JsonNode workshop = stations.get(0);
        assertThat(workshop.path("title").asText()).isEqualTo("ورشة الإعداد المشترك");
        assertThat(workshop.path("endsOn").asText()).isEqualTo("2024-04-25");
        assertThat(workshop.path("place").asText()).isEqualTo("تمارة");
        assertThat(texts(workshop.path("agenda"), "startsAt")).containsExactly("10:30", "10:45", "11:15");
        assertThat(workshop.path("agenda").get(2).path("endsAt").isNull()).isTrue();
        assertCounts(workshop.path("attendance"), 29, 44, 0, 73);
        assertThat(stations.get(1).path("attendance").path("proposalsCollected").asLong()).isEqualTo(50);
        assertThat(stations.get(3).path("endsOn").asText()).isEqualTo("2024-05-20");
        assertThat(stations.get(4).path("attendance").isNull()).as("not counted yet").isTrue();
        assertThat(stations.get(5).path("attendance").path("byCategory").path("EQUALITY_BODY").asLong()).isEqualTo(10);

        JsonNode processes = dashboard.path("processes");
        assertThat(processes).hasSize(1);
        assertThat(processes.get(0).path("id").asText()).isEqualTo(temara.process());
        assertThat(processes.get(0).path("cycle").asText()).isEqualTo("2025-2026");
        assertThat(processes.get(0).path("phase").asText()).isEqualTo("IDEA_COLLECTION");
    }

    @Test
    void aDuplicatedDeliveryChangesNoFigure() throws Exception {
        String id = "temara-redelivered";
        Temara temara = Temara.in(new TestFeed(group, id), id);
        String proposal = id + "-p1";
        CloudEvent submitted = temara.stream().on(temara.process(), new ProposalSubmittedEvent(proposal,
                temara.process(), id, ProposalChannel.DIGITAL_PLATFORM, null, TestStreams.sealed("proposal:" + proposal),
                TestStreams.sealed("proposal:" + proposal), null, null, "p-citizen-1", null));
        temara.stream().on(temara.process(), new ProposalReviewedEvent(proposal, ReviewDecision.RETAINED, null));
        temara.stream().deliver();
        JsonNode before = dashboard(id, "");
        assertCounts(before.path("participation").path("inPerson"), 111, 168, 0, 279);
        assertThat(before.path("proposals").path("byStatus").path("RETAINED").asLong()).isEqualTo(1);

        // Each comes again after what followed it: the superseded count, the cancelled station's
        // planning, the submission of a proposal since retained.
        temara.stream().again(temara.staleAttendance());
        temara.stream().again(temara.cancelledStation());
        temara.stream().again(submitted);
        temara.stream().deliver();

        assertThat(dashboard(id, "")).isEqualTo(before);
    }

    @Test
    void asOfADateOnlyStationsStartedByThenCount() throws Exception {
        String id = "temara-as-of";
        Temara temara = Temara.in(new TestFeed(group, id), id);
        temara.stream().on(temara.process(), new ProcessPhaseChangedEvent(temara.process(), ProcessPhase.CONSULTATION,
                LocalDate.of(2024, 6, 10)));
        temara.stream().deliver();

        JsonNode first = dashboard(id, "?asOf=2024-05-01");
        assertCounts(first.path("participation").path("inPerson"), 29, 44, 0, 73);
        assertCounts(first.path("participation").path("online"), 7, 39, 0, 46);
        assertThat(texts(first.path("stations"), "kind")).containsExactly("CO_CREATION_WORKSHOP", "DIGITAL_CALL_FOR_IDEAS");
        assertThat(first.path("processes").get(0).path("phase").asText()).isEqualTo("IDEA_COLLECTION");

        JsonNode later = dashboard(id, "?asOf=2024-06-10");
        assertCounts(later.path("participation").path("inPerson"), 111, 168, 0, 279);
        assertThat(later.path("processes").get(0).path("phase").asText()).isEqualTo("CONSULTATION");
        assertThat(dashboard(id, "").path("processes").get(0).path("phase").asText()).isEqualTo("CONSULTATION");

        JsonNode before = dashboard(id, "?asOf=2024-04-24");
        assertCounts(before.path("participation").path("inPerson"), 0, 0, 0, 0);
        assertCounts(before.path("participation").path("online"), 0, 0, 0, 0);
        assertThat(before.path("stations")).isEmpty();
        assertThat(before.path("collectivity").path("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void proposalsAreCountedByStatusWithTheShareOfDecidedOnesRetained() throws Exception {
        String id = "temara-proposals";
        TestFeed stream = new TestFeed(group, id);
        Temara temara = Temara.in(stream, id);
        OffsetDateTime submittedAt = OffsetDateTime.of(2024, 5, 2, 9, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime reviewedAt = OffsetDateTime.of(2024, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC);
        for (int n = 1; n <= 7; n++) {
            String proposal = id + "-p" + n;
            ProposalChannel channel = n <= 3 ? ProposalChannel.DIGITAL_PLATFORM : ProposalChannel.IN_PERSON;
            stream.at(submittedAt, temara.process(), n % 2 == 0
                    ? new ProposalSubmittedEvent(proposal, temara.process(), id, channel,
                    channel == ProposalChannel.IN_PERSON ? id + "-neighbourhoods" : null,
                    TestStreams.sealed("proposal:" + proposal), TestStreams.sealed("proposal:" + proposal), null, null,
                    null, null)
                    : new LegacyProposalSubmittedEvent(proposal, temara.process(), id, channel,
                    channel == ProposalChannel.IN_PERSON ? id + "-neighbourhoods" : null, "مقترح " + n, "نص المقترح",
                    null, null, null, null));
        }
        stream.at(reviewedAt, temara.process(), new ProposalReviewedEvent(id + "-p1", ReviewDecision.UNDER_STUDY, null));
        stream.at(reviewedAt, temara.process(), new ProposalReviewedEvent(id + "-p1", ReviewDecision.RETAINED, null));
        stream.at(reviewedAt, temara.process(), new ProposalReviewedEvent(id + "-p2", ReviewDecision.RETAINED, null));
        stream.at(reviewedAt, temara.process(), new ProposalReviewedEvent(id + "-p3", ReviewDecision.NOT_RETAINED, null));
        stream.at(reviewedAt, temara.process(), new ProposalReviewedEvent(id + "-p4", ReviewDecision.MERGED, id + "-p1"));
        stream.at(reviewedAt, temara.process(), new ProposalWithdrawnEvent(id + "-p5"));
        stream.at(reviewedAt, temara.process(), new ProposalHiddenEvent(id + "-p6"));
        stream.deliver();

        Api.Response now = Api.at(port).get("/api/dashboards/collectivities/" + id);
        JsonNode proposals = now.json().path("proposals");
        assertThat(proposals.path("recorded").asLong()).as("every one but the hidden one").isEqualTo(6);
        assertThat(proposals.path("reportedByStations").asLong()).isEqualTo(50);
        assertThat(proposals.path("byStatus").toString()).isEqualTo("""
                {"RECEIVED":1,"UNDER_STUDY":0,"RETAINED":2,"NOT_RETAINED":1,"MERGED":1,"WITHDRAWN":1}""");
        assertThat(now.raw()).as("an exact decimal").contains("\"retentionRate\":0.67");

        JsonNode beforeReview = dashboard(id, "?asOf=2024-05-15").path("proposals");
        assertThat(beforeReview.path("recorded").asLong()).isEqualTo(7);
        assertThat(beforeReview.path("byStatus").path("RECEIVED").asLong()).isEqualTo(7);
        assertThat(beforeReview.path("retentionRate").isNull()).as("nothing decided yet").isTrue();
        assertThat(dashboard(id, "?asOf=2024-05-01").path("proposals").path("recorded").asLong()).isZero();
    }

    @Test
    void aCollectivityUnknownToReportingHasNoDashboard() {
        Api.Response unknown = Api.at(port).get("/api/dashboards/collectivities/nowhere");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("code").asText()).isEqualTo("not-found");
        assertThat(Api.at(port).get("/api/dashboards/collectivities/nowhere?asOf=2024-02-30").status()).isEqualTo(400);
    }
}
