package ma.remacto.network.query;

import java.time.LocalDate;
import java.util.Map;

/**
 * Members of the network at a date, by the business dates of their status changes: admitted
 * (or active) on or before it and not withdrawn by then; suspended members count.
 * {@code byRegion} uses {@code unknown} for members whose region is not documented.
 */
public record NetworkStats(LocalDate asOf, long total, Map<String, Long> byKind, Map<String, Long> byRegion) {
}
