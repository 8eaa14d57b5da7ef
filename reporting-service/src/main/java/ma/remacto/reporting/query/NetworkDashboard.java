package ma.remacto.reporting.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The network at a date.
 *
 * @param members           members at the date (admitted, active or suspended; not withdrawn) by kind and by
 *                          region ({@code unknown} when not documented)
 * @param byStatus          every registered collectivity by its current status, whatever the date
 * @param activities        activities the network held for its members up to the date
 * @param processesOpened   co-creation processes opened up to the date
 * @param programsDrafted   action programs that had a status by the date (a draft dates from the day it was
 *                          recorded; one entered later for a past period, from its first business date)
 * @param programsAdopted   action programs their council adopted on or before the date, whatever their status since
 * @param programmedCostMad total cost of those programs as adopted, in dirhams, exact
 */
public record NetworkDashboard(
        Members members,
        Map<String, Long> byStatus,
        long activities,
        long processesOpened,
        long programsDrafted,
        long programsAdopted,
        BigDecimal programmedCostMad) {

    public record Members(LocalDate asOf, long total, Map<String, Long> byKind, Map<String, Long> byRegion) {
    }
}
