package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the documents do not say stays unknown on the collectivity dashboard: a co-created matrix
 * that no council adopted has nothing late and no progress, however long after its period; a
 * project whose funding is not documented has no funding kind; a collectivity whose region and
 * province are not documented has neither; a figure reported as approximate stays marked so.
 */
@RealInfrastructureTest
class UnknownsShownAsUnknownIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Test
    void aMatrixNotAdoptedHasNothingLateNoProgressAndUnknownFunding() throws Exception {
        String id = "unknowns-commune";
        TestFeed feed = new TestFeed(group, id);
        feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "جماعة", "Commune", null, null, null));
        String program = id + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, id, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "محور", null));
        feed.on(program, new ProjectAddedEvent(program, 1, 1, "مشروع", null, new BigDecimal("3"),
                new BigDecimal("700000"), null, List.of(), null, List.of()));
        feed.on(program, new ProgramPutToConsultationEvent(program, LocalDate.of(2024, 7, 1)));
        feed.deliver();

        Api.Response response = Api.at(port).get("/api/dashboards/collectivities/" + id + "?asOf=2030-01-01");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode dashboard = response.json();
        assertThat(dashboard.path("collectivity").path("regionId").isNull()).isTrue();
        assertThat(dashboard.path("collectivity").path("province").isNull()).isTrue();

        JsonNode matrix = dashboard.path("program");
        assertThat(matrix.path("status").asText()).isEqualTo("IN_CONSULTATION");
        assertThat(matrix.path("adoption").isNull()).isTrue();
        assertThat(matrix.path("lateProjects").isNull()).as("not 0: nothing can be late").isTrue();
        assertThat(matrix.path("progressPercent").isNull()).as("not 0: no progress").isTrue();
        JsonNode project = matrix.path("axes").get(0).path("projects").get(0);
        assertThat(project.path("late").asBoolean()).isFalse();
        assertThat(project.path("plannedEnd").isNull()).isTrue();
        assertThat(project.path("percent").isNull()).isTrue();
        assertThat(project.path("fundingKind").isNull()).as("funding unknown, not OWN").isTrue();
        assertThat(project.path("costMad").decimalValue()).isEqualByComparingTo("700000");
        assertThat(Api.at(port).get("/api/exports/program-projects.csv").raw())
                .as("the open data says no progress is known, not 0")
                .contains(program + "," + id + ",1,1,مشروع,3,700000,,false,NOT_STARTED,\r\n");
    }

    @Test
    void aFigureReportedAsApproximateStaysMarkedApproximate() throws Exception {
        String id = "approximate-commune";
        TestFeed feed = new TestFeed(group, id);
        feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "جماعة", "Commune", null,
                "rabat-sale-kenitra", null));
        String process = id + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        String workshop = id + "-workshop";
        String meeting = id + "-meeting";
        for (String station : List.of(workshop, meeting)) {
            feed.on(process, new StationPlannedEvent(process, station, StationKind.CO_CREATION_WORKSHOP, "ورشة",
                    LocalDate.of(2024, 4, 25), LocalDate.of(2024, 4, 25), null, List.of()));
            feed.on(process, new StationHeldEvent(process, station));
        }
        // the workshop's attendance said 50 collected; the figure reported later for it says about 100
        feed.on(process, new AttendanceRecordedEvent(process, workshop, 10, 10, 0, Map.of(), 50));
        feed.on(process, new AttendanceRecordedEvent(process, meeting, 5, 5, 0, Map.of(), 20));
        feed.on(process, new ProposalsFigureReportedEvent(process, List.of(workshop), 100, true));
        feed.deliver();

        JsonNode proposals = Api.at(port).get("/api/dashboards/collectivities/" + id + "?asOf=2024-12-31").json()
                .path("proposals");
        assertThat(proposals.path("reportedByStations").asLong()).as("about 100, and 20").isEqualTo(120);
        assertThat(proposals.path("reportedApproximate").asBoolean()).isTrue();
        assertThat(proposals.path("recorded").asLong()).as("no record made of them").isZero();
        assertThat(Api.at(port).get("/api/dashboards/collectivities/" + id + "?asOf=2024-04-24").json()
                .path("proposals").path("reportedApproximate").asBoolean()).as("before the stations").isFalse();
    }

    @Test
    void aDigitalCallWithAnOpeningDateOnlyHasNoEndAndAnEditReplacesItsDetails() throws Exception {
        String id = "open-ended-commune";
        TestFeed feed = new TestFeed(group, id);
        feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "جماعة", "Commune", null, null, null));
        String process = id + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, id, "برنامج عمل الانفتاح", "2025-2026"));
        String digital = id + "-digital";
        feed.on(process, new StationPlannedEvent(process, digital, StationKind.DIGITAL_CALL_FOR_IDEAS, "نداء",
                LocalDate.of(2024, 4, 30), null, null, List.of()));
        feed.on(process, new StationEditedEvent(process, digital, StationKind.DIGITAL_CALL_FOR_IDEAS,
                "نداء الأفكار والمقترحات", LocalDate.of(2024, 4, 29), null, null, List.of()));
        feed.deliver();

        JsonNode station = Api.at(port).get("/api/dashboards/collectivities/" + id + "?asOf=2024-12-31").json()
                .path("stations").get(0);
        assertThat(station.path("startsOn").asText()).isEqualTo("2024-04-29");
        assertThat(station.path("endsOn").isNull()).as("not documented").isTrue();
        assertThat(station.path("title").asText()).isEqualTo("نداء الأفكار والمقترحات");
        Api.Response stations = Api.at(port).get("/api/exports/stations.csv");
        assertThat(stations.raw()).contains(digital + "," + id + "," + process
                + ",DIGITAL_CALL_FOR_IDEAS,نداء الأفكار والمقترحات,2024-04-29,,");
    }
}
