package ma.remacto.reporting.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;

/** Appends every event to the audit trail, known type or not. */
@Component
class AuditProjection implements Projection {

    private final JdbcClient jdbc;

    AuditProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        String sequence = event.extension(EventMetadata.SEQUENCE);
        byte[] data = event.cloudEvent().getData() == null ? null : event.cloudEvent().getData().toBytes();
        jdbc.sql("""
                        INSERT INTO audit_entry (event_id, source, type, time, collectivity, actor_role, actor,
                                                 aggregate_id, sequence, reason, correlation_id, data)
                        VALUES (:id, :source, :type, :time, :collectivity, :role, :actor,
                                :aggregate, :sequence, :reason, :correlation, CAST(:data AS jsonb))
                        ON CONFLICT DO NOTHING""")
                .param("id", event.cloudEvent().getId())
                .param("source", event.cloudEvent().getSource().toString())
                .param("type", event.cloudEvent().getType())
                .param("time", Timestamp.from(event.time()))
                .param("collectivity", event.collectivity())
                .param("role", event.extension(EventMetadata.ACTOR_ROLE))
                .param("actor", event.extension(EventMetadata.ACTOR))
                .param("aggregate", event.cloudEvent().getSubject())
                .param("sequence", sequence == null ? null : Long.valueOf(sequence))
                .param("reason", event.extension(EventMetadata.REASON))
                .param("correlation", event.extension(EventMetadata.CORRELATION_ID))
                .param("data", data == null ? "{}" : new String(data, StandardCharsets.UTF_8))
                .update();
    }
}
