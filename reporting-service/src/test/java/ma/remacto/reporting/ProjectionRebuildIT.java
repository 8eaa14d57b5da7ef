package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterCommitment;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
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
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds every projection from the topics while the live ones serve, and checks that the
 * rebuilt ones equal them, table by table and on every public read, after a scenario that mixes
 * the three contexts' events (redelivered ones among them); then that a damaged live table is
 * found different, left alone, and repaired on request. Small rebuild batches put an event and its
 * later redelivery in different batches.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.projections.rebuild-batch=2")
class ProjectionRebuildIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRebuildEqualsTheLiveProjectionsAndSwapsThemIn() throws Exception {
        String collectivity = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = mixedScenario(collectivity);
        feed.deliver();

        List<String> reads = List.of("/api/dashboards/network", "/api/dashboards/network?asOf=2025-01-31",
                "/api/dashboards/collectivities/" + collectivity,
                "/api/dashboards/collectivities/" + collectivity + "?asOf=2024-12-31",
                "/api/audit?limit=500", "/api/audit?collectivity=" + collectivity,
                "/api/exports/members.json", "/api/exports/proposals.json", "/api/exports/program-projects.json",
                "/api/exports/documents.json", "/api/exports/charter-follow-ups.json");
        Map<String, String> before = readAll(reads);
        assertThat(before.get("/api/dashboards/collectivities/" + collectivity)).contains("\"women\":30");

        JsonNode finished = rebuild(false);

        assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("SWAPPED");
        assertThat(finished.path("eventsRead").asLong()).isGreaterThanOrEqualTo(feed.size());
        assertThat(finished.path("tables")).isNotEmpty();
        for (JsonNode table : finished.path("tables")) {
            assertThat(table.path("equal").asBoolean()).as(table.toString()).isTrue();
        }
        assertThat(tableNames(finished)).contains("audit_entry", "member", "station_attendance", "proposal",
                "program_project", "program_revision", "received_event", "projection_offset", "public_document",
                "charter_follow_up");
        assertThat(readAll(reads)).isEqualTo(before);

        // the live listener goes on into the swapped-in tables, and still ignores what it saw before
        feed.on(collectivity, new MembershipSuspendedEvent(collectivity, LocalDate.of(2025, 6, 1)));
        feed.again(feed.events().get(0));
        feed.deliver();
        assertThat(get("/api/exports/members.json").raw()).contains("SUSPENDED");
        assertThat(get("/api/audit?collectivity=" + collectivity).json().path("items")).hasSize(feed.size());

        // replayed again, the redelivered events are met twice and applied once
        Map<String, String> after = readAll(reads);
        JsonNode again = rebuild(false);
        assertThat(again.path("state").asText()).as(again.toString()).isEqualTo("SWAPPED");
        assertThat(again.path("eventsApplied").asLong()).isLessThan(again.path("eventsRead").asLong());
        assertThat(readAll(reads)).isEqualTo(after);
    }

    @Test
    void aDamagedLiveTableIsFoundDifferentAndRepairedOnRequest() throws Exception {
        String collectivity = "repair-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = mixedScenario(collectivity);
        feed.deliver();
        String truth = get("/api/dashboards/collectivities/" + collectivity).raw();
        assertThat(jdbc.sql("UPDATE station_attendance SET women = women + 1000 WHERE process_id = :process")
                .param("process", collectivity + "-process").update()).isEqualTo(1);
        String damaged = get("/api/dashboards/collectivities/" + collectivity).raw();
        assertThat(damaged).isNotEqualTo(truth);

        JsonNode refused = rebuild(false);
        assertThat(refused.path("state").asText()).as(refused.toString()).isEqualTo("DIFFERENT");
        for (JsonNode table : refused.path("tables")) {
            assertThat(table.path("equal").asBoolean()).as(table.toString())
                    .isEqualTo(!table.path("table").asText().equals("station_attendance"));
        }
        assertThat(get("/api/dashboards/collectivities/" + collectivity).raw()).isEqualTo(damaged);

        JsonNode repaired = rebuild(true);
        assertThat(repaired.path("state").asText()).as(repaired.toString()).isEqualTo("SWAPPED");
        assertThat(get("/api/dashboards/collectivities/" + collectivity).raw()).isEqualTo(truth);
    }

    @Test
    void onlyOperatorsRebuild() {
        Api api = Api.at(port);
        assertThat(api.post("/api/admin/projections/rebuild", null, "").status()).isEqualTo(401);
        assertThat(api.get("/api/admin/projections").status()).isEqualTo(401);
        Api.Response admin = api.post("/api/admin/projections/rebuild", TestTokens.adminOf("temara"), "");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/admin/projections", TestTokens.token("analyst-1", List.of("ANALYST"), null)).status())
                .isEqualTo(403);
    }

    private JsonNode rebuild(boolean swapWhenDifferent) {
        return TestRebuilds.rebuild(port, swapWhenDifferent);
    }

    private static List<String> tableNames(JsonNode rebuild) {
        return rebuild.path("tables").findValuesAsText("table");
    }

    private Map<String, String> readAll(List<String> paths) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            answers.put(path, response.raw());
        }
        return answers;
    }

    private Api.Response get(String path) {
        return Api.at(port).get(path);
    }

    /**
     * A member's year: admission and charter, a co-creation process with stations, attendance and
     * reviewed proposals, and a program adopted, revised and reported on; with redeliveries.
     */
    private TestFeed mixedScenario(String collectivity) {
        TestFeed feed = new TestFeed(group, collectivity);
        feed.on(collectivity, new CollectivityRegisteredEvent(collectivity, CollectivityKind.COMMUNE, "جماعة",
                "Commune " + collectivity, null, "rabat-sale-kenitra", "Rabat"));
        feed.on(collectivity, new AdmissionDecidedEvent(collectivity, AdmissionDecision.ADMITTED,
                LocalDate.of(2024, 4, 25), Map.of()));
        feed.on(collectivity, new CharterSignedEvent(collectivity, LocalDate.of(2024, 5, 2), "president"));
        String process = collectivity + "-process";
        feed.on(process, new CoCreationProcessOpenedEvent(process, collectivity, "برنامج الانفتاح", "2025-2026"));
        String station = process + "-workshop";
        feed.on(process, new StationPlannedEvent(process, station, StationKind.CO_CREATION_WORKSHOP, "ورشة",
                LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 10), "Hall", List.of()));
        feed.on(process, new StationHeldEvent(process, station));
        CloudEvent attendance = feed.on(process, new AttendanceRecordedEvent(process, station, 30, 45, 0,
                Map.of(ParticipantCategory.CITIZENS, 60, ParticipantCategory.STAFF, 15), 12));
        feed.again(attendance);
        for (int i = 1; i <= 6; i++) {
            String proposal = process + "-p" + i;
            feed.on(proposal, i % 2 == 0
                    ? new ProposalSubmittedEvent(proposal, process, collectivity, ProposalChannel.DIGITAL_PLATFORM, null,
                    TestStreams.sealed("proposal:" + proposal), TestStreams.sealed("proposal:" + proposal), null, null,
                    "p-citizen-" + i, null)
                    : new LegacyProposalSubmittedEvent(proposal, process, collectivity, ProposalChannel.IN_PERSON,
                    station, "اقتراح " + i, "نص", null, null, "citizen-" + i, null));
            if (i <= 3) {
                feed.on(proposal, new ProposalReviewedEvent(proposal, ReviewDecision.RETAINED, null));
            } else if (i == 4) {
                feed.on(proposal, new ProposalReviewedEvent(proposal, ReviewDecision.NOT_RETAINED, null));
            }
        }
        feed.on(process + "-p6", new ProposalHiddenEvent(process + "-p6"));
        feed.on(process, new ProcessPhaseChangedEvent(process, ProcessPhase.CONSULTATION, LocalDate.of(2024, 10, 1)));
        String program = collectivity + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, collectivity, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "البيئة", "Environnement"));
        for (int number = 1; number <= 3; number++) {
            feed.on(program, new ProjectAddedEvent(program, number, 1, "مشروع " + number, null,
                    new BigDecimal("12.5"), new BigDecimal(number + "000000.00"),
                    new Funding(Funding.FundingKind.OWN, List.of(), List.of()), List.of(), null, List.of()));
        }
        feed.on(program, new ProgramAdoptedEvent(program, "دورة أكتوبر", LocalDate.of(2024, 10, 7), null,
                new BigDecimal("6000000.00")));
        feed.on(program, new ProgramExecutionStartedEvent(program, LocalDate.of(2025, 1, 15)));
        CloudEvent revision = feed.because("طلب العروض", program, new ProjectRevisedEvent(program, 2,
                LocalDate.of(2025, 3, 1), new BigDecimal("2500000.00"), null, null, null, false));
        feed.again(revision);
        feed.on(program, new ProgressReportedEvent(program, 1, LocalDate.of(2025, 6, 30), ProjectStatus.IN_PROGRESS,
                new BigDecimal("40"), null, null));
        feed.on(process, new StationLinkedToProgramEvent(process, station, program));
        feed.on(process, new StationDocumentAttachedEvent(process, station, new DocumentRef("minutes-" + collectivity,
                DocumentKind.MINUTES, "محضر الورشة", "minutes.pdf", "application/pdf", 1200, "d".repeat(64))));
        feed.on(program, new ProgramDocumentAttachedEvent(program, 1, LocalDate.of(2025, 6, 30), new DocumentRef(
                "report-" + collectivity, DocumentKind.REPORT, "تقرير", "report.pdf", "application/pdf", 900, "e".repeat(64))));
        feed.on(collectivity, new CharterCommitmentFollowedUpEvent(collectivity, CharterCommitment.OPEN_PROGRAMS,
                "برنامج عمل منشور", LocalDate.of(2025, 1, 20)));
        return feed;
    }
}
