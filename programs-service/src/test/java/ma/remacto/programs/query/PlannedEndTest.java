package ma.remacto.programs.query;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlannedEndTest {

    private static final LocalDate STARTS = LocalDate.of(2024, 10, 7);

    @Test
    void aProjectEndsItsDurationAfterItsStartWithHalfAMonthAsFifteenDays() {
        assertThat(PlannedEnd.of(STARTS, new BigDecimal("24"))).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(PlannedEnd.of(STARTS, new BigDecimal("22.5"))).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(PlannedEnd.of(STARTS, new BigDecimal("0.5"))).isEqualTo(LocalDate.of(2024, 10, 22));
    }

    @Test
    void aProjectIsLateOnceItsPlannedEndHasPassedUnlessCompletedOrCancelled() {
        LocalDate end = LocalDate.of(2025, 1, 7);
        assertThat(PlannedEnd.late(end, end, "IN_PROGRESS", false)).isFalse();
        assertThat(PlannedEnd.late(end, end.plusDays(1), "IN_PROGRESS", false)).isTrue();
        assertThat(PlannedEnd.late(end, end.plusDays(1), "NOT_STARTED", false)).isTrue();
        assertThat(PlannedEnd.late(end, end.plusDays(1), "COMPLETED", false)).isFalse();
        assertThat(PlannedEnd.late(end, end.plusDays(1), "IN_PROGRESS", true)).isFalse();
        assertThat(PlannedEnd.late(null, end, "IN_PROGRESS", false)).as("not adopted yet").isFalse();
    }
}
