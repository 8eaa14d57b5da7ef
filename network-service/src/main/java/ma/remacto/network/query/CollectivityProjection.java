package ma.remacto.network.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.network.command.MembershipStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;

/** Keeps the collectivity read model; runs in the transaction that advances its token. */
@Component
@ProcessingGroup("collectivity-view")
class CollectivityProjection {

    private final JdbcClient jdbc;

    CollectivityProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CollectivityRegisteredEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("""
                        INSERT INTO collectivity (id, kind, name_ar, name_fr, region_id, status, registered_at)
                        VALUES (:id, :kind, :nameAr, :nameFr, :regionId, :status, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", event.collectivityId())
                .param("kind", event.kind().name())
                .param("nameAr", event.nameAr())
                .param("nameFr", event.nameFr())
                .param("regionId", event.regionId())
                .param("status", MembershipStatus.APPLIED.name())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
        history(event.collectivityId(), sequence, MembershipStatus.APPLIED, null, reason, null, message);
    }

    @EventHandler
    void on(AdmissionDecidedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        MembershipStatus status = MembershipStatus.valueOf(event.decision().name());
        jdbc.sql("UPDATE collectivity SET status = :status WHERE id = :id")
                .param("status", status.name())
                .param("id", event.collectivityId())
                .update();
        history(event.collectivityId(), sequence, status, event.decidedOn(), reason,
                new String(EventJson.write(event.indicators()), java.nio.charset.StandardCharsets.UTF_8), message);
    }

    private void history(String id, long sequence, MembershipStatus status, LocalDate on, String reason,
                         String indicatorsJson, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO collectivity_history
                            (collectivity_id, sequence, status, effective_on, reason, indicators, recorded_at, event_id)
                        VALUES (:id, :sequence, :status, :on, :reason, CAST(:indicators AS jsonb), :at, :eventId)
                        ON CONFLICT DO NOTHING""")
                .param("id", id)
                .param("sequence", sequence)
                .param("status", status.name())
                .param("on", on)
                .param("reason", reason)
                .param("indicators", indicatorsJson)
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("eventId", message.getIdentifier())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM collectivity_history").update();
        jdbc.sql("DELETE FROM collectivity").update();
    }
}
