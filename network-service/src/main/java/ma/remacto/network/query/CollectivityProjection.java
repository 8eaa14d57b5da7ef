package ma.remacto.network.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.ApplicationDatedEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityEditedEvent;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
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

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Keeps the collectivities and their dated status history; runs in the transaction that
 * advances its token. {@code effective_on} holds the business date the user gave.
 */
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
                        INSERT INTO collectivity (id, kind, name_ar, name_fr, name_tzm, region_id, province, status,
                                                  registered_at)
                        VALUES (:id, :kind, :nameAr, :nameFr, :nameTzm, :regionId, :province, 'APPLIED', :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", event.collectivityId())
                .param("kind", event.kind().name())
                .param("nameAr", event.nameAr())
                .param("nameFr", event.nameFr())
                .param("nameTzm", event.nameTzm())
                .param("regionId", event.regionId())
                .param("province", event.province())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
        history(event.collectivityId(), sequence, MembershipStatus.APPLIED, null, reason, null, message);
    }

    /** The registration's history entry takes the application's business date. */
    @EventHandler
    void on(ApplicationDatedEvent event) {
        jdbc.sql("""
                        UPDATE collectivity_history SET effective_on = :on
                        WHERE collectivity_id = :id AND status = 'APPLIED' AND effective_on IS NULL""")
                .param("on", event.appliedOn())
                .param("id", event.collectivityId())
                .update();
    }

    @EventHandler
    void on(CollectivityEditedEvent event) {
        jdbc.sql("""
                        UPDATE collectivity SET name_ar = :nameAr, name_fr = :nameFr, name_tzm = :nameTzm,
                                                province = :province
                        WHERE id = :id""")
                .param("nameAr", event.nameAr())
                .param("nameFr", event.nameFr())
                .param("nameTzm", event.nameTzm())
                .param("province", event.province())
                .param("id", event.collectivityId())
                .update();
    }

    @EventHandler
    void on(CollectivityReappliedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("UPDATE collectivity SET charter_signed_on = NULL, charter_signatory = NULL WHERE id = :id")
                .param("id", event.collectivityId()).update();
        transition(event.collectivityId(), sequence, MembershipStatus.APPLIED, event.appliedOn(), reason, message);
    }

    @EventHandler
    void on(AdmissionDecidedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        MembershipStatus status = MembershipStatus.valueOf(event.decision().name());
        updateStatus(event.collectivityId(), status);
        history(event.collectivityId(), sequence, status, event.decidedOn(), reason,
                new String(EventJson.write(event.indicators()), StandardCharsets.UTF_8), message);
    }

    @EventHandler
    void on(CharterSignedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.sql("UPDATE collectivity SET charter_signed_on = :on, charter_signatory = :by WHERE id = :id")
                .param("on", event.signedOn())
                .param("by", event.signatory())
                .param("id", event.collectivityId())
                .update();
        transition(event.collectivityId(), sequence, MembershipStatus.ACTIVE, event.signedOn(), reason, message);
    }

    @EventHandler
    void on(MembershipSuspendedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        transition(event.collectivityId(), sequence, MembershipStatus.SUSPENDED, event.suspendedOn(), reason, message);
    }

    @EventHandler
    void on(MembershipReinstatedEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        boolean signed = jdbc.sql("SELECT charter_signed_on IS NOT NULL FROM collectivity WHERE id = :id")
                .param("id", event.collectivityId()).query(Boolean.class).single();
        transition(event.collectivityId(), sequence, signed ? MembershipStatus.ACTIVE : MembershipStatus.ADMITTED,
                event.reinstatedOn(), reason, message);
    }

    @EventHandler
    void on(MembershipWithdrawnEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        transition(event.collectivityId(), sequence, MembershipStatus.WITHDRAWN, event.withdrawnOn(), reason, message);
    }

    private void transition(String id, long sequence, MembershipStatus status, LocalDate on, String reason,
                            EventMessage<?> message) {
        updateStatus(id, status);
        history(id, sequence, status, on, reason, null, message);
    }

    private void updateStatus(String id, MembershipStatus status) {
        jdbc.sql("UPDATE collectivity SET status = :status WHERE id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
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
