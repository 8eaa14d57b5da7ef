package ma.remacto.reporting.query;

import ma.remacto.reporting.query.ProgramDashboard.Project;
import ma.remacto.reporting.query.ProgramDashboard.Revision;
import ma.remacto.reporting.query.ProgramFigures.Planned;
import ma.remacto.reporting.query.ProgramFigures.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramFiguresTest {

    private static final LocalDate STARTS_ON = LocalDate.of(2024, 10, 7);

    private static Planned planned(int number, String months, String costMad) {
        return new Planned(number, 1, "مشروع " + number, null, new BigDecimal(months), new BigDecimal(costMad), "OWN",
                new BigDecimal(months), new BigDecimal(costMad), null);
    }

    private static Project project(Planned planned, Report report, LocalDate asOf, Revision... revisions) {
        return ProgramFigures.project(planned, List.of(revisions), report, true, STARTS_ON, asOf);
    }

    @Test
    void aMonthsFractionCountsInDaysOfThirty() {
        assertThat(ProgramFigures.plannedEnd(STARTS_ON, new BigDecimal("22.5"))).isEqualTo("2026-08-22");
        assertThat(ProgramFigures.plannedEnd(STARTS_ON, new BigDecimal("23.50"))).isEqualTo("2026-09-22");
        assertThat(ProgramFigures.plannedEnd(STARTS_ON, new BigDecimal("3"))).isEqualTo("2025-01-07");
        assertThat(ProgramFigures.plannedEnd(STARTS_ON, new BigDecimal("0.1"))).isEqualTo("2024-10-10");
    }

    @Test
    void aProjectIsLateOnlyAfterItsPlannedEndAndUnlessCompletedOrCancelled() {
        Planned campaigns = planned(4, "3", "700000");
        assertThat(project(campaigns, null, LocalDate.of(2025, 1, 7)).late()).isFalse();
        assertThat(project(campaigns, null, LocalDate.of(2025, 1, 8)).late()).isTrue();
        assertThat(project(campaigns, new Report("DELAYED", new BigDecimal("60"), LocalDate.of(2025, 1, 8)),
                LocalDate.of(2025, 2, 1)).late()).isTrue();
        assertThat(project(campaigns, new Report("COMPLETED", new BigDecimal("100"), LocalDate.of(2025, 1, 8)),
                LocalDate.of(2025, 2, 1)).late()).isFalse();
        assertThat(project(campaigns, new Report("CANCELLED", BigDecimal.ZERO, LocalDate.of(2025, 1, 8)),
                LocalDate.of(2025, 2, 1)).late()).isFalse();
        Revision cancellation = new Revision(4, LocalDate.of(2024, 12, 1), null, null, null, null, true, "merged");
        assertThat(project(campaigns, null, LocalDate.of(2025, 2, 1), cancellation).late()).isFalse();
        assertThat(project(campaigns, null, LocalDate.of(2025, 2, 1), cancellation).status()).isEqualTo("CANCELLED");
        assertThat(project(campaigns, null, LocalDate.of(2025, 2, 1)).status()).isEqualTo("NOT_STARTED");
        Revision extension = new Revision(4, LocalDate.of(2024, 12, 1), null, new BigDecimal("4"), null, null, false,
                "extended");
        assertThat(project(campaigns, null, LocalDate.of(2025, 2, 1), extension).late()).as("due 7 February").isFalse();
    }

    @Test
    void progressIsWeightedByTheCostNowOfTheProjectsNotCancelledAndUnknownUntilAFirstReport() {
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        Planned lighting = planned(3, "23", "24000000.00");
        Planned signage = planned(7, "22.5", "7000000.00");
        Planned roads = planned(9, "22.5", "9000000.00");
        assertThat(ProgramFigures.progressPercent(List.of(project(lighting, null, asOf), project(signage, null, asOf)))
                .toPlainString()).as("nothing reported").isEqualTo("0");

        Revision cancelled = new Revision(9, LocalDate.of(2025, 5, 1), null, null, null, null, true, "merged");
        Revision dearer = new Revision(3, LocalDate.of(2025, 3, 1), new BigDecimal("26000000"), null, null, null,
                false, "tender");
        List<Project> projects = List.of(
                project(lighting, new Report("IN_PROGRESS", new BigDecimal("37.5"), asOf), asOf, dearer),
                project(signage, null, asOf),
                project(roads, new Report("IN_PROGRESS", new BigDecimal("90"), asOf), asOf, cancelled));
        // 26 000 000 × 37.5 / 33 000 000 = 29.545…
        assertThat(ProgramFigures.progressPercent(projects)).isEqualByComparingTo("29.55");
        assertThat(ProgramFigures.progressPercent(projects).toPlainString()).isEqualTo("29.55");
        assertThat(ProgramFigures.axis(1, "محور", null, projects, true).totalCostMad().toPlainString())
                .isEqualTo("33000000");
        assertThat(ProgramFigures.axis(1, "محور", null, projects, true).adoptedTotalCostMad().toPlainString())
                .isEqualTo("40000000");
        assertThat(ProgramFigures.axis(1, "محور", null, projects, false).adoptedTotalCostMad()).isNull();
    }

    @Test
    void aProgramNotAdoptedHasNoPlannedEndNothingLateAndNoProgress() {
        Project campaigns = ProgramFigures.project(planned(4, "3", "700000"), List.of(), null, false, STARTS_ON,
                LocalDate.of(2030, 1, 1));
        assertThat(campaigns.plannedEnd()).isNull();
        assertThat(campaigns.late()).isFalse();
        assertThat(campaigns.percent()).as("no progress, not 0").isNull();
        assertThat(campaigns.adoptedCostMad()).isNull();
    }

    @Test
    void aProjectWithItsOwnStartIsDueThatLongAfterIt() {
        Planned campaigns = new Planned(4, 1, "مشروع", null, new BigDecimal("3"), new BigDecimal("700000"), null,
                new BigDecimal("3"), new BigDecimal("700000"), LocalDate.of(2025, 6, 1));
        Project project = ProgramFigures.project(campaigns, List.of(), null, true, STARTS_ON, LocalDate.of(2025, 9, 2));
        assertThat(project.plannedEnd()).isEqualTo("2025-09-01");
        assertThat(project.late()).isTrue();
    }
}
