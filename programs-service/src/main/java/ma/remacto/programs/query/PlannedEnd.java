package ma.remacto.programs.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * When a project should end: its own start when given, else its program's start (1 January of
 * the period's first year), plus its duration, a fraction of a month counting as days of a
 * 30-day month (0.5 month = 15 days). The adoption date does not count: a council may adopt a
 * program before or after its period starts.
 */
final class PlannedEnd {

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private PlannedEnd() {
    }

    static LocalDate of(LocalDate start, BigDecimal durationMonths) {
        BigDecimal whole = durationMonths.setScale(0, RoundingMode.DOWN);
        int days = durationMonths.subtract(whole).multiply(DAYS_PER_MONTH).setScale(0, RoundingMode.HALF_UP).intValue();
        return start.plusMonths(whole.longValueExact()).plusDays(days);
    }

    /** Late: its planned end has passed and it is neither completed nor cancelled. */
    static boolean late(LocalDate plannedEnd, LocalDate today, String status, boolean cancelled) {
        return plannedEnd != null && today.isAfter(plannedEnd) && !cancelled && !"COMPLETED".equals(status);
    }
}
