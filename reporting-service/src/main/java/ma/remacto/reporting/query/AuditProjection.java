package ma.remacto.reporting.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.reporting.inbound.BatchProjection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;

/** Appends every event to the audit trail, known type or not, in the order received. */
@Component
class AuditProjection implements BatchProjection {

    private final JdbcTemplate jdbc;

    AuditProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<ReceivedEvent> events) {
        jdbc.batchUpdate("""
                        INSERT INTO audit_entry (event_id, source, type, time, collectivity, actor_role, actor,
                                                 aggregate_id, sequence, reason, correlation_id, data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT DO NOTHING""",
                events.stream().map(AuditProjection::row).toList());
    }

    private static Object[] row(ReceivedEvent event) {
        String sequence = event.extension(EventMetadata.SEQUENCE);
        byte[] data = event.cloudEvent().getData() == null ? null : event.cloudEvent().getData().toBytes();
        return new Object[]{
                event.cloudEvent().getId(),
                event.cloudEvent().getSource().toString(),
                event.cloudEvent().getType(),
                Timestamp.from(event.time()),
                event.collectivity(),
                event.extension(EventMetadata.ACTOR_ROLE),
                event.extension(EventMetadata.ACTOR),
                event.cloudEvent().getSubject(),
                sequence == null ? null : Long.valueOf(sequence),
                event.reason(),
                event.extension(EventMetadata.CORRELATION_ID),
                data == null ? "{}" : new String(data, StandardCharsets.UTF_8)};
    }
}
