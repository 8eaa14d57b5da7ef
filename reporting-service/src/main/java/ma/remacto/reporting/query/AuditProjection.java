package ma.remacto.reporting.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.reporting.inbound.ArrayRows;
import ma.remacto.reporting.inbound.AuditLog;
import ma.remacto.reporting.inbound.CopyRows;
import ma.remacto.reporting.inbound.ProjectionLocks;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends every event to the audit trail, known type or not, in the order received: a batch's
 * entries in one statement, numbered in batch order, and batches numbered in the order they
 * commit ({@link ProjectionLocks#AUDIT_ORDER}), so that a reader following the positions never
 * passes an entry that commits later. An entry that carries personal text names
 * it ({@code personal_key}); then {@link AuditRedactions} keeps hidden and erased text out.
 */
@Component
class AuditProjection implements AuditLog {

    private static final String COLUMNS = """
            event_id, source, type, time, collectivity, actor_role, actor, aggregate_id, sequence, reason,
            correlation_id, data, personal_key""";
    private static final String VALUES = """
            e.event_id, e.source, e.type, CAST(e.time AS timestamptz), e.collectivity, e.actor_role, e.actor,
            e.aggregate_id, CAST(e.sequence AS bigint), e.reason, e.correlation_id, CAST(e.data AS jsonb),
            e.personal_key""";
    private static final String ROWS = """
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 WITH ORDINALITY AS e(event_id, source, type, time, collectivity, actor_role, actor, aggregate_id,
                                      sequence, reason, correlation_id, data, personal_key, n)
            ORDER BY e.n""";

    private final JdbcTemplate jdbc;
    private final AuditRedactions redactions;

    AuditProjection(JdbcTemplate jdbc, AuditRedactions redactions) {
        this.jdbc = jdbc;
        this.redactions = redactions;
    }

    @Override
    public void append(List<ReceivedEvent> events) {
        ProjectionLocks.numberAudit(jdbc);
        rows(events).update(jdbc, "INSERT INTO audit_entry (" + COLUMNS + ") SELECT " + VALUES + " " + ROWS
                + " ON CONFLICT DO NOTHING");
        redactions.apply(events);
    }

    /**
     * A rebuilt entry takes the position its live twin has, so that readers' cursors (audit pages,
     * stream ids) stay valid across a rebuild; one the live trail lacks yet takes a negative
     * position for the time being, which the rebuild settles before the swap. A rebuild's
     * entries are new (their claims say so): they are copied in, the cheapest way.
     */
    @Override
    public void replay(List<ReceivedEvent> events, String liveSchema) {
        String live = '"' + liveSchema.replace("\"", "\"\"") + '"';
        ArrayRows keys = new ArrayRows(2);
        events.forEach(event -> keys.add(event.cloudEvent().getSource().toString(), event.cloudEvent().getId()));
        Map<String, Long> positions = new HashMap<>();
        // one index probe per key, however the planner sizes the two sides
        keys.query(jdbc, "SELECT k.source, k.event_id, (SELECT l.position FROM " + live + ".audit_entry l "
                        + "WHERE l.source = k.source AND l.event_id = k.event_id) "
                        + "FROM unnest(?::text[], ?::text[]) AS k(source, event_id)",
                (rs, n) -> {
                    long position = rs.getLong(3);
                    return rs.wasNull() ? null : positions.put(rs.getString(1) + '\u0000' + rs.getString(2), position);
                });
        long missing = events.size() - positions.size();
        Deque<Long> provisional = new ArrayDeque<>(missing > 0
                ? jdbc.queryForList("SELECT -nextval('audit_entry_position_seq') FROM generate_series(1, ?)", Long.class, missing)
                : List.of());
        CopyRows rows = new CopyRows();
        for (ReceivedEvent event : events) {
            Long position = positions.get(event.cloudEvent().getSource() + "\u0000" + event.cloudEvent().getId());
            String[] values = values(event);
            String[] withPosition = new String[values.length + 1];
            withPosition[0] = Long.toString(position != null ? position : provisional.pop());
            System.arraycopy(values, 0, withPosition, 1, values.length);
            rows.add(withPosition);
        }
        rows.copy(jdbc, "audit_entry", "position, " + COLUMNS);
        redactions.apply(events);
    }

    private static ArrayRows rows(List<ReceivedEvent> events) {
        ArrayRows rows = new ArrayRows(13);
        events.forEach(event -> rows.add(values(event)));
        return rows;
    }

    private static String[] values(ReceivedEvent event) {
        byte[] data = event.cloudEvent().getData() == null ? null : event.cloudEvent().getData().toBytes();
        return new String[]{event.cloudEvent().getId(),
                event.cloudEvent().getSource().toString(),
                event.cloudEvent().getType(),
                event.time().toString(),
                event.collectivity(),
                event.extension(EventMetadata.ACTOR_ROLE),
                event.extension(EventMetadata.ACTOR),
                event.cloudEvent().getSubject(),
                event.extension(EventMetadata.SEQUENCE),
                event.reason(),
                event.extension(EventMetadata.CORRELATION_ID),
                data == null ? "{}" : new String(data, StandardCharsets.UTF_8),
                PersonalText.keyOf(event.payload()).orElse(null)};
    }
}
