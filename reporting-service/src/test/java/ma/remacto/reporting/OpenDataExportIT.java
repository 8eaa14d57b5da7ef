package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.Gender;
import ma.remacto.events.SealedText;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.events.network.LegacyCommitteeMemberAppointedEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import io.cloudevents.CloudEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data exports, on synthetic events of collectivities of their own (tests share the database):
 * the CSV quoting and encoding, Temara's attendance figures, no personal data, the description page.
 */
@RealInfrastructureTest
class OpenDataExportIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    private Api.Response get(String path) {
        return Api.at(port).get(path);
    }

    private Api.Response ok(String path) {
        Api.Response response = get(path);
        assertThat(response.status()).as("%s: %s", path, response.raw()).isEqualTo(200);
        return response;
    }

    private static void register(TestFeed feed, String id, String nameAr, String nameFr) {
        feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, nameAr, nameFr, null,
                "rabat-sale-kenitra", "Skhirate-Témara"));
        feed.on(id, new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 4, 25), Map.of()));
    }

    /** The items of a JSON export that belong to one collectivity. */
    private static List<JsonNode> itemsOf(JsonNode export, String collectivity) {
        List<JsonNode> items = new ArrayList<>();
        export.path("items").forEach(item -> {
            if (collectivity.equals(item.path("collectivity_id").asText())) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void consultationResultsCountEachBallotsLatestChoiceAndEachStationsLatestTally() throws Exception {
        String id = "export-votes";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "تمارة", "Témara");
        String consultation = id + "-vote";
        feed.on(consultation, new ConsultationOpenedEvent(consultation, id + "-2024", id, "التصويت",
                List.of(new ConsultationItem("i1", "p-1", "الإنارة"), new ConsultationItem("i2", id + "-2025-2026#7", "التشوير")),
                OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                OffsetDateTime.of(2025, 3, 15, 8, 0, 0, 0, ZoneOffset.UTC).toInstant()));
        // three voters on item 1: one changes to against, one withdraws; one vote is delivered twice
        feed.on(consultation + ":i1:b1", new VoteCastEvent(consultation, "i1", "b1", VoteChoice.FOR));
        feed.on(consultation + ":i1:b1", new VoteCastEvent(consultation, "i1", "b1", VoteChoice.AGAINST));
        CloudEvent second = feed.on(consultation + ":i1:b2", new VoteCastEvent(consultation, "i1", "b2", VoteChoice.FOR));
        feed.again(second);
        feed.on(consultation + ":i1:b3", new VoteCastEvent(consultation, "i1", "b3", VoteChoice.FOR));
        feed.on(consultation + ":i1:b3", new VoteWithdrawnEvent(consultation, "i1", "b3"));
        feed.on(consultation + ":i2:b1", new VoteCastEvent(consultation, "i2", "b1", VoteChoice.FOR));
        // a station's second tally replaces its first
        feed.on(consultation, new InPersonTallyRecordedEvent(consultation, "station-1",
                List.of(new InPersonTallyRecordedEvent.ItemTally("i1", 5, 5))));
        feed.on(consultation, new InPersonTallyRecordedEvent(consultation, "station-1",
                List.of(new InPersonTallyRecordedEvent.ItemTally("i1", 10, 2), new InPersonTallyRecordedEvent.ItemTally("i2", 4, 0))));
        feed.on(consultation, new InPersonTallyRecordedEvent(consultation, "station-2",
                List.of(new InPersonTallyRecordedEvent.ItemTally("i1", 1, 1))));
        feed.deliver();

        List<JsonNode> items = itemsOf(ok("/api/exports/consultation-results.json").json(), id);
        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.path("item_id").asText()).isEqualTo("i1");
        assertThat(first.path("opens_at").asText()).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(first.path("online_for").asLong()).isEqualTo(1);
        assertThat(first.path("online_against").asLong()).isEqualTo(1);
        assertThat(first.path("in_person_for").asLong()).isEqualTo(11);
        assertThat(first.path("in_person_against").asLong()).isEqualTo(3);
        assertThat(first.path("total_for").asLong()).isEqualTo(12);
        assertThat(first.path("total_against").asLong()).isEqualTo(4);
        JsonNode second2 = items.get(1);
        assertThat(second2.path("ref").asText()).isEqualTo(id + "-2025-2026#7");
        assertThat(second2.path("total_for").asLong()).isEqualTo(5);
        assertThat(ok("/api/exports/consultation-results.csv").raw()).doesNotContain("b1", "b2", "b3");
    }

    @Test
    void membersCsvQuotesAndEncodesAnArabicName() throws Exception {
        String id = "export-members";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "جماعة \"تمارة\", الرباط", "Témara");
        feed.deliver();

        Api.Response csv = ok("/api/exports/members.csv");
        assertThat(csv.contentType().toLowerCase().replace(" ", "")).isEqualTo("text/csv;charset=utf-8");
        assertThat(csv.raw()).as("no byte order mark, the header first")
                .startsWith("collectivity_id,kind,name_ar,name_fr,region_id,province,status\r\n");
        assertThat(csv.raw()).contains("\r\n" + id
                + ",COMMUNE,\"جماعة \"\"تمارة\"\", الرباط\",Témara,rabat-sale-kenitra,Skhirate-Témara,ADMITTED\r\n");

        JsonNode json = ok("/api/exports/members.json").json();
        assertThat(json.path("dataset").asText()).isEqualTo("members");
        List<JsonNode> members = itemsOf(json, id);
        assertThat(members).hasSize(1);
        assertThat(members.get(0).path("name_ar").asText()).isEqualTo("جماعة \"تمارة\", الرباط");
    }

    @Test
    void stationsJsonGivesEachStationsLatestAttendanceAndNothingForOneNotCounted() throws Exception {
        String id = "export-stations";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "تمارة", "Témara");
        String process = id + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        String workshop = id + "-workshop";
        feed.on(process, new StationPlannedEvent(process, workshop, StationKind.CO_CREATION_WORKSHOP,
                "ورشة الإعداد المشترك", LocalDate.of(2024, 4, 25), LocalDate.of(2024, 4, 25), "تمارة", List.of()));
        feed.on(process, new StationHeldEvent(process, workshop));
        feed.on(process, new AttendanceRecordedEvent(process, workshop, 30, 44, 0, Map.of(), null));
        feed.on(process, new AttendanceRecordedEvent(process, workshop, 29, 44, 0, Map.of(), null));
        String digital = id + "-digital";
        feed.on(process, new StationPlannedEvent(process, digital, StationKind.DIGITAL_CALL_FOR_IDEAS,
                "نداء الأفكار والمقترحات على المنصة الرقمية", LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 12),
                null, List.of()));
        feed.on(process, new StationHeldEvent(process, digital));
        feed.on(process, new AttendanceRecordedEvent(process, digital, 7, 39, 0, Map.of(), 50));
        String sharing = id + "-sharing";
        feed.on(process, new StationPlannedEvent(process, sharing, StationKind.EXPERIENCE_SHARING,
                "الأسبوع الدولي للحكومة المنفتحة", LocalDate.of(2024, 5, 27), LocalDate.of(2024, 5, 31), null,
                List.of()));
        feed.deliver();

        JsonNode json = ok("/api/exports/stations.json").json();
        assertThat(json.path("dataset").asText()).isEqualTo("stations");
        List<JsonNode> stations = itemsOf(json, id);
        assertThat(stations).extracting(station -> station.path("station_id").asText())
                .containsExactly(workshop, digital, sharing);

        JsonNode first = stations.get(0);
        assertThat(first.path("process_id").asText()).isEqualTo(process);
        assertThat(first.path("kind").asText()).isEqualTo("CO_CREATION_WORKSHOP");
        assertThat(first.path("title").asText()).isEqualTo("ورشة الإعداد المشترك");
        assertThat(first.path("starts_on").asText()).isEqualTo("2024-04-25");
        assertThat(first.path("place").asText()).isEqualTo("تمارة");
        assertThat(first.path("status").asText()).isEqualTo("HELD");
        assertThat(first.path("women").asInt()).as("the later count replaces the earlier").isEqualTo(29);
        assertThat(first.path("men").asInt()).isEqualTo(44);
        assertThat(first.path("unspecified").asInt()).isEqualTo(0);
        assertThat(first.path("total").asInt()).isEqualTo(73);
        assertThat(first.path("proposals_collected").isNull()).isTrue();

        JsonNode online = stations.get(1);
        assertThat(online.path("ends_on").asText()).isEqualTo("2024-05-12");
        assertThat(online.path("place").isNull()).isTrue();
        assertThat(online.path("total").asInt()).isEqualTo(46);
        assertThat(online.path("proposals_collected").asInt()).isEqualTo(50);

        JsonNode notCounted = stations.get(2);
        assertThat(notCounted.path("status").asText()).isEqualTo("PLANNED");
        for (String column : List.of("women", "men", "unspecified", "total", "proposals_collected")) {
            assertThat(notCounted.path(column).isNull()).as("%s of a station not counted, not 0", column).isTrue();
        }

        String csv = ok("/api/exports/stations.csv").raw();
        assertThat(csv).contains("\r\n" + sharing + "," + id + "," + process
                + ",EXPERIENCE_SHARING,الأسبوع الدولي للحكومة المنفتحة,2024-05-27,2024-05-31,,PLANNED,,,,,\r\n");
        assertThat(csv).contains("\r\n" + workshop + "," + id + "," + process
                + ",CO_CREATION_WORKSHOP,ورشة الإعداد المشترك,2024-04-25,2024-04-25,تمارة,HELD,29,44,0,73,\r\n");
    }

    @Test
    void proposalsCarryNeitherTextNorAuthorAndNoneHidden() throws Exception {
        String id = "export-proposals";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "تمارة", "Témara");
        String process = id + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        OffsetDateTime submittedAt = OffsetDateTime.of(2024, 5, 2, 23, 30, 0, 0, ZoneOffset.UTC);
        String kept = id + "-p1";
        String hidden = id + "-p2";
        feed.at(submittedAt, process, new LegacyProposalSubmittedEvent(kept, process, id,
                ProposalChannel.DIGITAL_PLATFORM, null, "عنوان المقترح السري", "نص المقترح الكامل", null, null,
                "citizen-export-author", null));
        feed.at(submittedAt, process, new ProposalSubmittedEvent(hidden, process, id, ProposalChannel.DIGITAL_PLATFORM,
                null, TestStreams.sealed("proposal:" + hidden), TestStreams.sealed("proposal:" + hidden), null, null,
                null, null));
        feed.on(process, new ProposalReviewedEvent(kept, ReviewDecision.RETAINED, null));
        feed.on(process, new ProposalHiddenEvent(hidden));
        feed.deliver();

        Api.Response csv = ok("/api/exports/proposals.csv");
        assertThat(csv.raw()).startsWith("proposal_id,collectivity_id,process_id,channel,station_id,status,submitted_on\r\n");
        assertThat(csv.raw()).contains("\r\n" + kept + "," + id + "," + process + ",DIGITAL_PLATFORM,,RETAINED,2024-05-02\r\n");
        assertThat(csv.raw()).doesNotContain("عنوان المقترح السري", "نص المقترح الكامل", "citizen-export-author");
        assertThat(csv.raw()).as("a hidden proposal").doesNotContain(hidden);

        String json = ok("/api/exports/proposals.json").raw();
        assertThat(json).contains(kept).doesNotContain("عنوان المقترح السري", "citizen-export-author", hidden);
    }

    @Test
    void programProjectsGiveTheCostNowAndAsAdoptedAsExactNumbers() throws Exception {
        String id = "export-programs";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "تمارة", "Témara");
        String program = id + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, id, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "الحكامة", null));
        Funding own = new Funding(Funding.FundingKind.OWN, List.of(), List.of());
        feed.on(program, new ProjectAddedEvent(program, 1, 1, "بوابة, \"المعطيات\" المفتوحة", null,
                new BigDecimal("12.0"), new BigDecimal("2750000.00"), own, List.of(), null, List.of()));
        feed.on(program, new ProjectAddedEvent(program, 2, 1, "صيانة المساحات الخضراء", null,
                new BigDecimal("24"), new BigDecimal("28000000"), own, List.of(), null, List.of()));
        feed.on(program, new ProgramPutToConsultationEvent(program, LocalDate.of(2024, 9, 1)));
        feed.on(program, new ProgramAdoptedEvent(program, "الدورة العادية", LocalDate.of(2024, 10, 1), null,
                new BigDecimal("30750000")));
        feed.on(program, new ProjectRevisedEvent(program, 2, LocalDate.of(2025, 3, 1), new BigDecimal("30000000.50"),
                null, null, null, false));
        feed.on(program, new ProgressReportedEvent(program, 1, LocalDate.of(2025, 6, 30), ProjectStatus.IN_PROGRESS,
                new BigDecimal("37.50"), null, null));
        // a later revision of the title only: the cost stays as last revised
        feed.on(program, new ProjectRevisedEvent(program, 2, LocalDate.of(2025, 4, 1), null,
                null, "صيانة وتوسيع المساحات الخضراء", null, false));
        // dated after the data's day, a cancellation included: not yet in force
        feed.on(program, new ProjectRevisedEvent(program, 1, LocalDate.of(2099, 1, 1), new BigDecimal("1"),
                null, "عنوان لاحق", null, true));
        feed.deliver();

        String csv = ok("/api/exports/program-projects.csv").raw();
        assertThat(csv).startsWith("program_id,collectivity_id,axis,project_number,title_ar,duration_months,cost_mad,"
                + "adopted_cost_mad,cancelled,status,percent\r\n");
        assertThat(csv).contains("\r\n" + program + "," + id
                + ",1,1,\"بوابة, \"\"المعطيات\"\" المفتوحة\",12,2750000,2750000,false,IN_PROGRESS,37.5\r\n");
        assertThat(csv).contains("\r\n" + program + "," + id
                + ",1,2,صيانة وتوسيع المساحات الخضراء,24,30000000.5,28000000,false,NOT_STARTED,0\r\n");
        assertThat(csv).doesNotContain("عنوان لاحق");

        Api.Response json = ok("/api/exports/program-projects.json");
        List<JsonNode> projects = itemsOf(json.json(), id);
        assertThat(projects).hasSize(2);
        assertThat(projects.get(1).path("adopted_cost_mad").asLong()).isEqualTo(28000000);
        assertThat(json.raw()).as("an exact plain number").contains("\"cost_mad\":30000000.5,");

        assertThat(ok("/api/exports/program-progress.csv").raw())
                .startsWith("program_id,collectivity_id,project_number,as_of,status,percent\r\n")
                .contains("\r\n" + program + "," + id + ",1,2025-06-30,IN_PROGRESS,37.5\r\n");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasBeginWithAQuote() throws Exception {
        String id = "export-formulas";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "تمارة", "Témara");
        String process = id + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        String formula = id + "-formula";
        feed.on(process, new StationPlannedEvent(process, formula, StationKind.INFO_MEETING,
                "=HYPERLINK(\"http://evil.example\",\"open\")", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3),
                "@SUM(A1:A9)", List.of()));
        String dashed = id + "-dashed";
        feed.on(process, new StationPlannedEvent(process, dashed, StationKind.INFO_MEETING, "-2+3",
                LocalDate.of(2024, 6, 4), LocalDate.of(2024, 6, 4), "+212 5", List.of()));
        feed.deliver();

        String csv = ok("/api/exports/stations.csv").raw();
        assertThat(csv).contains("\r\n" + formula + "," + id + "," + process
                + ",INFO_MEETING,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\",2024-06-03,2024-06-03,'@SUM(A1:A9),PLANNED,,,,,\r\n");
        assertThat(csv).contains("\r\n" + dashed + "," + id + "," + process
                + ",INFO_MEETING,'-2+3,2024-06-04,2024-06-04,'+212 5,PLANNED,,,,,\r\n");

        List<JsonNode> json = itemsOf(ok("/api/exports/stations.json").json(), id);
        assertThat(json).extracting(station -> station.path("title").asText())
                .as("JSON is data, not a spreadsheet: as entered")
                .containsExactly("=HYPERLINK(\"http://evil.example\",\"open\")", "-2+3");
        assertThat(json.get(0).path("place").asText()).isEqualTo("@SUM(A1:A9)");
    }

    @Test
    void noDatasetHoldsTheTextOfAProposalOrTheNameOfACommitteeMember() throws Exception {
        String id = "export-personal";
        TestFeed feed = new TestFeed(group, id);
        register(feed, id, "تمارة", "Témara");
        String process = id + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        String sealedTitle = TestStreams.sealed("proposal:" + process + "-p2").ciphertext();
        feed.on(process, new LegacyProposalSubmittedEvent(process + "-p1", process, id, ProposalChannel.IN_PERSON,
                null, "عنوان شخصي فريد", "نص شخصي فريد", null, "حي شخصي فريد", "citizen-personal", null));
        feed.on(process, new ProposalSubmittedEvent(process + "-p2", process, id, ProposalChannel.DIGITAL_PLATFORM,
                null, new SealedText("proposal:" + process + "-p2", sealedTitle), null, null, null, "p-personal", null));
        feed.on(id, new LegacyCommitteeMemberAppointedEvent(id, "m1", "اسم عضو فريد", CommitteeRole.CHAIR,
                Gender.WOMAN, LocalDate.of(2024, 3, 1)));
        SealedText sealedName = TestStreams.sealed("committee:" + id + ":m2");
        feed.on(id, new CommitteeMemberAppointedEvent(id, "m2", sealedName, CommitteeRole.STAFF, Gender.MAN,
                LocalDate.of(2024, 3, 1)));
        feed.deliver();
        assertThat(ok("/api/exports/proposals.csv").raw()).contains(process + "-p1", process + "-p2");

        for (JsonNode dataset : ok("/api/exports").json().path("datasets")) {
            for (String export : List.of(dataset.path("csv").asText(), dataset.path("json").asText())) {
                assertThat(ok(export).raw()).as(export).doesNotContain("عنوان شخصي فريد", "نص شخصي فريد",
                        "حي شخصي فريد", "citizen-personal", "p-personal", sealedTitle, "اسم عضو فريد",
                        sealedName.ciphertext(), "proposal:", "committee:");
            }
        }
    }

    @Test
    void anUnknownDatasetIsNotFound() {
        for (String path : List.of("/api/exports/nowhere.csv", "/api/exports/nowhere.json")) {
            Api.Response unknown = get(path);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.contentType()).as(path).startsWith("application/problem+json");
            assertThat(unknown.json().path("code").asText()).as(path).isEqualTo("not-found");
        }
    }

    @Test
    void theDescriptionPageListsEveryDatasetWithItsColumns() {
        JsonNode datasets = ok("/api/exports").json().path("datasets");
        List<String> names = new ArrayList<>();
        datasets.forEach(dataset -> names.add(dataset.path("name").asText()));
        assertThat(names).containsExactly("members", "stations", "proposals", "consultation-results",
                "program-projects", "program-progress", "committee", "activities", "revisions", "evaluations",
                "proposal-links", "consultations", "charter-follow-ups", "documents");

        for (JsonNode dataset : datasets) {
            String name = dataset.path("name").asText();
            assertThat(dataset.path("description").asText()).as(name).isNotBlank();
            assertThat(dataset.path("licence").asText()).as(name).isEqualTo("CC BY 4.0");
            assertThat(dataset.path("asOf").asText()).as(name).isNotBlank();
            assertThat(dataset.path("csv").asText()).isEqualTo("/api/exports/" + name + ".csv");
            assertThat(dataset.path("json").asText()).isEqualTo("/api/exports/" + name + ".json");
            List<String> columns = new ArrayList<>();
            dataset.path("columns").forEach(column -> {
                assertThat(column.path("description").asText()).as(name + "." + column.path("name")).isNotBlank();
                columns.add(column.path("name").asText());
            });
            // The page and the exports agree: the JSON export lists the same columns, the CSV heads with them.
            List<String> exported = new ArrayList<>();
            ok(dataset.path("json").asText()).json().path("columns").forEach(column -> exported.add(column.asText()));
            assertThat(exported).as(name).isEqualTo(columns);
            assertThat(ok(dataset.path("csv").asText()).raw()).startsWith(String.join(",", columns) + "\r\n");
        }
        JsonNode stations = datasets.get(1).path("columns");
        List<String> stationColumns = new ArrayList<>();
        stations.forEach(column -> stationColumns.add(column.path("name").asText()));
        assertThat(stationColumns).containsExactly("station_id", "collectivity_id", "process_id", "kind", "title",
                "starts_on", "ends_on", "place", "status", "women", "men", "unspecified", "total",
                "proposals_collected");
    }
}
