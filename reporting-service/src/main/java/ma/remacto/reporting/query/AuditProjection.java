package ma.remacto.reporting.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.reporting.inbound.ArrayRows;
import ma.remacto.reporting.inbound.BatchProjection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Appends every event to the audit trail, known type or not, in the order received: a batch's
 * entries in one statement, numbered in batch order.
 */
@Component
class AuditProjection implements BatchProjection {

    private static final String COLUMNS = """
            event_id, source, type, time, collectivity, actor_role, actor, aggregate_id, sequence, reason,
            correlation_id, data""";
    private static final String VALUES = """
            e.event_id, e.source, e.type, CAST(e.time AS timestamptz), e.collectivity, e.actor_role, e.actor,
            e.aggregate_id, CAST(e.sequence AS bigint), e.reason, e.correlation_id, CAST(e.data AS jsonb)""";
    private static final String ROWS = """
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[])
                 WITH ORDINALITY AS e(event_id, source, type, time, collectivity, actor_role, actor, aggregate_id,
                                      sequence, reason, correlation_id, data, n)
            ORDER BY e.n""";

    private final JdbcTemplate jdbc;

    AuditProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<ReceivedEvent> events) {
        rows(events).update(jdbc, "INSERT INTO audit_entry (" + COLUMNS + ") SELECT " + VALUES + " " + ROWS
                + " ON CONFLICT DO NOTHING");
    }

    /**
     * A rebuilt entry takes the position its live twin has, so that readers' cursors (audit pages,
     * stream ids) stay valid across a rebuild; one the live trail lacks yet takes a negative
     * position for the time being, which the rebuild settles before the swap.
     */
    @Override
    public void replayAll(List<ReceivedEvent> events, String liveSchema) {
        String live = '"' + liveSchema.replace("\"", "\"\"") + '"';
        rows(events).update(jdbc, "INSERT INTO audit_entry (position, " + COLUMNS + ") SELECT COALESCE("
                + "(SELECT l.position FROM " + live + ".audit_entry l WHERE l.source = e.source AND l.event_id = e.event_id), "
                + "-nextval('audit_entry_position_seq')), " + VALUES + " " + ROWS + " ON CONFLICT DO NOTHING");
    }

    private static ArrayRows rows(List<ReceivedEvent> events) {
        ArrayRows rows = new ArrayRows(12);
        for (ReceivedEvent event : events) {
            byte[] data = event.cloudEvent().getData() == null ? null : event.cloudEvent().getData().toBytes();
            rows.add(event.cloudEvent().getId(),
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
                    data == null ? "{}" : new String(data, StandardCharsets.UTF_8));
        }
        return rows;
    }
}
