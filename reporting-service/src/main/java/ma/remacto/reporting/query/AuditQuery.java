package ma.remacto.reporting.query;

import java.time.Instant;

/** Filters of the audit trail; every one optional. {@code after} is the cursor of the previous page. */
public record AuditQuery(String collectivity, String aggregate, String type, Instant from, Instant to,
                         Long after, int limit) {
}
