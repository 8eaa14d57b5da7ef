package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collectivity's public documents (of its stations, its program and its progress reports) on
 * its dashboard and as open data; the stations linked to its program (the adoption session, the
 * monitoring meetings); and the equality body's proposals as a channel of their own.
 */
@RealInfrastructureTest
class DocumentsAndProgramStationsIT {

    static final String ID = "documents-stations";
    static final String PROCESS = ID + "-2024";
    static final String PROGRAM = ID + "-2025-2026";
    static final String ADOPTION = PROCESS + "-adoption";
    static final String MONITORING = PROCESS + "-monitoring";
    static final String MINUTES_SHA = "a".repeat(64);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    /** The collectivity's story: stations linked to its program, documents attached in April 2026. */
    static void feed(String group, String id) throws Exception {
        String process = id + "-2024";
        String program = id + "-2025-2026";
        String adoption = process + "-adoption";
        String monitoring = process + "-monitoring";
        TestFeed feed = new TestFeed(group, id);
        feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "تمزكانة", "Tamazgana", null, null, null));
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        feed.on(process, new StationPlannedEvent(process, adoption, StationKind.COUNCIL_ADOPTION, "دورة أكتوبر",
                LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6), "قاعة الاجتماعات", List.of()));
        feed.on(process, new StationHeldEvent(process, adoption));
        feed.on(process, new StationPlannedEvent(process, monitoring, StationKind.MONITORING_MEETING, "لقاء التتبع الأول",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10), null, List.of()));
        feed.on(process, new StationHeldEvent(process, monitoring));
        feed.on(process, new AttendanceRecordedEvent(process, monitoring, 4, 6, 0, Map.of(), null));
        feed.on(program, new ProgramDraftedEvent(program, id, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "محور", null));
        feed.on(program, new ProjectAddedEvent(program, 1, 1, "الإنارة", null, new BigDecimal("12"),
                new BigDecimal("1000000"), null, List.of(), null, List.of()));
        feed.on(program, new ProgramAdoptedEvent(program, "دورة أكتوبر", LocalDate.of(2025, 10, 6), "12/2025",
                new BigDecimal("1000000")));
        feed.on(program, new ProgramExecutionStartedEvent(program, LocalDate.of(2026, 1, 1)));
        feed.on(process, new StationLinkedToProgramEvent(process, adoption, program));
        feed.on(process, new StationLinkedToProgramEvent(process, monitoring, program));
        OffsetDateTime april = OffsetDateTime.parse("2026-04-01T10:00:00Z");
        feed.at(april, process, new StationDocumentAttachedEvent(process, monitoring, new DocumentRef("doc-minutes",
                DocumentKind.MINUTES, "محضر لقاء التتبع", "minutes.pdf", "application/pdf", 182_000, MINUTES_SHA)));
        feed.at(april, program, new ProgramDocumentAttachedEvent(program, null, null, new DocumentRef("doc-program",
                DocumentKind.PROGRAM, "برنامج عمل الانفتاح 2025-2026", "program.pdf", "application/pdf", 2_400_000,
                "b".repeat(64))));
        feed.at(april, program, new ProgramDocumentAttachedEvent(program, 1, LocalDate.of(2026, 3, 31),
                new DocumentRef("doc-report", DocumentKind.REPORT, "Rapport d'avancement", "report.png", "image/png",
                        900, "c".repeat(64))));
        int n = 0;
        for (ProposalChannel channel : List.of(ProposalChannel.IN_PERSON, ProposalChannel.EQUALITY_BODY,
                ProposalChannel.EQUALITY_BODY, ProposalChannel.DIGITAL_PLATFORM)) {
            String proposal = process + "-p" + n++;
            feed.on(process, new ProposalSubmittedEvent(proposal, process, id, channel, null,
                    TestStreams.sealed("proposal:" + proposal), null, null, null, null, null));
        }
        feed.deliver();
    }

    @Test
    void theDashboardListsTheDocumentsOfStationsProgramAndProgressReportsWithTheirDownloadAddresses() throws Exception {
        feed(group, ID);
        JsonNode documents = dashboard("2026-06-30").path("documents");

        JsonNode minutes = documents.path("stations").get(0);
        assertThat(documents.path("stations")).hasSize(1);
        assertThat(minutes.path("url").asText())
                .isEqualTo("/api/processes/" + PROCESS + "/stations/" + MONITORING + "/documents/doc-minutes");
        assertThat(minutes.path("stationTitle").asText()).isEqualTo("لقاء التتبع الأول");
        assertThat(minutes.path("kind").asText()).isEqualTo("MINUTES");
        assertThat(minutes.path("size").asLong()).isEqualTo(182_000);
        assertThat(minutes.path("sha256").asText()).isEqualTo(MINUTES_SHA);
        assertThat(documents.path("programs")).singleElement().satisfies(document -> {
            assertThat(document.path("url").asText()).isEqualTo("/api/programs/" + PROGRAM + "/documents/doc-program");
            assertThat(document.path("kind").asText()).isEqualTo("PROGRAM");
        });
        assertThat(documents.path("progressReports")).singleElement().satisfies(document -> {
            assertThat(document.path("url").asText()).isEqualTo("/api/programs/" + PROGRAM + "/documents/doc-report");
            assertThat(document.path("projectNumber").asInt()).isEqualTo(1);
            assertThat(document.path("progressAsOf").asText()).isEqualTo("2026-03-31");
            assertThat(document.path("mediaType").asText()).isEqualTo("image/png");
        });
        JsonNode before = dashboard("2026-03-31").path("documents");
        assertThat(before.path("stations")).as("attached in April").isEmpty();
        assertThat(before.path("programs")).isEmpty();
    }

    @Test
    void theDocumentsDatasetNamesEachDocumentsOwnerKindSizeDigestAndAddress() throws Exception {
        feed(group, ID + "-open");
        List<JsonNode> rows = new ArrayList<>();
        Api.at(port).get("/api/exports/documents.json").json().path("items").forEach(item -> {
            if ((ID + "-open").equals(item.path("collectivity_id").asText())) {
                rows.add(item);
            }
        });
        assertThat(rows).extracting(row -> row.path("owner").asText() + " " + row.path("owner_id").asText() + " "
                        + row.path("kind").asText() + " " + row.path("media_type").asText() + " " + row.path("size").asLong())
                .containsExactlyInAnyOrder(
                        "STATION " + ID + "-open-2024-monitoring MINUTES application/pdf 182000",
                        "PROGRAM " + ID + "-open-2025-2026 PROGRAM application/pdf 2400000",
                        "PROGRESS_REPORT " + ID + "-open-2025-2026 REPORT image/png 900");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.path("sha256").asText()).hasSize(64);
            assertThat(row.path("url").asText())
                    .matches("/api/(processes/[^/]+/stations|programs)/[^/]+/documents/doc-(minutes|program|report)");
            assertThat(row.path("title").asText()).isNotBlank();
        });
        assertThat(rows).filteredOn(row -> row.path("owner").asText().equals("PROGRESS_REPORT")).singleElement()
                .satisfies(row -> assertThat(row.path("project_number").asInt() + " " + row.path("progress_as_of").asText())
                        .isEqualTo("1 2026-03-31"));
    }

    @Test
    void theProgramShowsItsAdoptionSessionAndItsMonitoringMeetings() throws Exception {
        feed(group, ID + "-linked");
        JsonNode program = dashboard(ID + "-linked", "2026-06-30").path("program");
        assertThat(program.path("status").asText()).isEqualTo("IN_EXECUTION");
        assertThat(program.path("adoptionStation").path("id").asText()).isEqualTo(ID + "-linked-2024-adoption");
        assertThat(program.path("adoptionStation").path("status").asText()).isEqualTo("HELD");
        assertThat(program.path("monitoringMeetings")).singleElement().satisfies(meeting -> {
            assertThat(meeting.path("id").asText()).isEqualTo(ID + "-linked-2024-monitoring");
            assertThat(meeting.path("kind").asText()).isEqualTo("MONITORING_MEETING");
            assertThat(meeting.path("attendance").asInt()).isEqualTo(10);
        });
        assertThat(dashboard(ID + "-linked", "2026-03-09").path("program").path("monitoringMeetings"))
                .as("not yet held").isEmpty();
    }

    @Test
    void equalityBodyProposalsCountAsAChannelOfTheirOwn() throws Exception {
        feed(group, ID + "-channels");
        JsonNode byChannel = dashboard(ID + "-channels", "2026-12-31").path("proposals").path("byChannel");
        assertThat(byChannel.path("EQUALITY_BODY").asLong()).isEqualTo(2);
        assertThat(byChannel.path("IN_PERSON").asLong()).isEqualTo(1);
        assertThat(byChannel.path("DIGITAL_PLATFORM").asLong()).isEqualTo(1);
    }

    private JsonNode dashboard(String asOf) {
        return dashboard(ID, asOf);
    }

    private JsonNode dashboard(String id, String asOf) {
        Api.Response response = Api.at(port).get("/api/dashboards/collectivities/" + id + "?asOf=" + asOf);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }
}
