package ma.remacto.reporting.inbound;

import java.util.List;

/**
 * The audit trail, which takes each batch's new events last in the batch's transaction: a live
 * batch numbers its entries under {@link ProjectionLocks#AUDIT_ORDER}, held from then until the
 * commit, so the other projections' work is never done under that lock.
 */
public interface AuditLog {

    /** Appends the live batch's new events; must be the transaction's last write. */
    void append(List<ReceivedEvent> events);

    /** Appends a rebuild's batch into the rebuild's tables, with the positions the live trail gave them. */
    void replay(List<ReceivedEvent> events, String liveSchema);
}
