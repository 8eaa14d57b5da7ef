package ma.remacto.reporting.query;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.ApplicationDatedEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityEditedEvent;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Members of the network: each collectivity's current status, and the dated history of its
 * statuses from which "as of" counts are made (by business date, not by when it was recorded).
 */
@Component
class MemberProjection implements Projection {

    private final JdbcClient jdbc;

    MemberProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof CollectivityRegisteredEvent registered) {
            register(registered);
            recordStatus(event, registered.collectivityId(), null);
        } else if (payload instanceof CollectivityReappliedEvent reapplied) {
            update("status = 'APPLIED', charter_signed_on = NULL", reapplied.collectivityId());
            recordStatus(event, reapplied.collectivityId(), reapplied.appliedOn());
        } else if (payload instanceof AdmissionDecidedEvent decided) {
            update(decided.decision() == AdmissionDecision.ADMITTED ? "status = 'ADMITTED'" : "status = 'REJECTED'",
                    decided.collectivityId());
            recordStatus(event, decided.collectivityId(), decided.decidedOn());
        } else if (payload instanceof CharterSignedEvent signed) {
            jdbc.sql("UPDATE member SET status = 'ACTIVE', charter_signed_on = :on WHERE collectivity_id = :id")
                    .param("id", signed.collectivityId())
                    .param("on", Date.valueOf(signed.signedOn()))
                    .update();
            recordStatus(event, signed.collectivityId(), signed.signedOn());
        } else if (payload instanceof MembershipSuspendedEvent suspended) {
            update("status = 'SUSPENDED'", suspended.collectivityId());
            recordStatus(event, suspended.collectivityId(), suspended.suspendedOn());
        } else if (payload instanceof MembershipReinstatedEvent reinstated) {
            update("status = CASE WHEN charter_signed_on IS NULL THEN 'ADMITTED' ELSE 'ACTIVE' END",
                    reinstated.collectivityId());
            recordStatus(event, reinstated.collectivityId(), reinstated.reinstatedOn());
        } else if (payload instanceof ApplicationDatedEvent dated) {
            // the registration's status, undated until now
            jdbc.sql("""
                            UPDATE member_status_history SET effective_on = :on
                            WHERE collectivity_id = :id AND status = 'APPLIED' AND effective_on IS NULL""")
                    .param("id", dated.collectivityId())
                    .param("on", Date.valueOf(dated.appliedOn()))
                    .update();
        } else if (payload instanceof CollectivityEditedEvent edited) {
            jdbc.sql("""
                            UPDATE member SET name_ar = :nameAr, name_fr = :nameFr, name_tzm = :nameTzm,
                                              province = :province
                            WHERE collectivity_id = :id""")
                    .param("id", edited.collectivityId())
                    .param("nameAr", edited.nameAr())
                    .param("nameFr", edited.nameFr())
                    .param("nameTzm", edited.nameTzm())
                    .param("province", edited.province())
                    .update();
        } else if (payload instanceof MembershipWithdrawnEvent withdrawn) {
            update("status = 'WITHDRAWN'", withdrawn.collectivityId());
            recordStatus(event, withdrawn.collectivityId(), withdrawn.withdrawnOn());
        }
    }

    private void register(CollectivityRegisteredEvent registered) {
        jdbc.sql("""
                        INSERT INTO member (collectivity_id, kind, name_ar, name_fr, name_tzm, region_id, province, status)
                        VALUES (:id, :kind, :nameAr, :nameFr, :nameTzm, :region, :province, 'APPLIED')
                        ON CONFLICT (collectivity_id) DO UPDATE
                        SET kind = :kind, name_ar = :nameAr, name_fr = :nameFr, name_tzm = :nameTzm,
                            region_id = :region, province = :province, status = 'APPLIED', charter_signed_on = NULL""")
                .param("id", registered.collectivityId())
                .param("kind", registered.kind().name())
                .param("nameAr", registered.nameAr())
                .param("nameFr", registered.nameFr())
                .param("nameTzm", registered.nameTzm())
                .param("region", registered.regionId())
                .param("province", registered.province())
                .update();
    }

    /** Applies constant assignments to one member. */
    private void update(String assignments, String collectivityId) {
        jdbc.sql("UPDATE member SET " + assignments + " WHERE collectivity_id = :id").param("id", collectivityId).update();
    }

    /**
     * Records the member's status after the event, under the event's aggregate sequence. An event
     * without a sequence (none is published so) goes after the ones recorded, rather than be lost.
     */
    private void recordStatus(ReceivedEvent event, String collectivityId, LocalDate effectiveOn) {
        String sequence = event.extension(EventMetadata.SEQUENCE);
        jdbc.sql("""
                        INSERT INTO member_status_history (collectivity_id, sequence, status, effective_on, recorded_at)
                        SELECT collectivity_id,
                               COALESCE(CAST(:sequence AS bigint), (SELECT COALESCE(max(sequence) + 1, 0)
                                                                    FROM member_status_history
                                                                    WHERE collectivity_id = :id)),
                               status, :effectiveOn, :recordedAt
                        FROM member WHERE collectivity_id = :id
                        ON CONFLICT DO NOTHING""")
                .param("id", collectivityId)
                .param("sequence", sequence == null ? null : Long.valueOf(sequence))
                .param("effectiveOn", effectiveOn == null ? null : Date.valueOf(effectiveOn))
                .param("recordedAt", Timestamp.from(event.time()))
                .update();
    }
}
