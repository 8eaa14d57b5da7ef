package ma.remacto.reporting.inbound;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL advisory locks by which every instance of reporting-service, and every thread of
 * each, agrees on the few things that must happen one at a time; they live in the shared database,
 * so they hold across instances, and the server lets them go when a holder's connection ends,
 * so a crashed instance holds nothing. All are two-key locks in the space {@link #SPACE} (the
 * audit's per-text locks are one-key locks, a separate space).
 */
public final class ProjectionLocks {

    /** The first key of every lock here. */
    public static final int SPACE = 0x52455052;
    /**
     * Every live transaction holds it shared; a rebuild holds it exclusively while it catches up
     * with the live projections, compares and swaps, so that the live tables stand still meanwhile.
     */
    public static final int LIVE_GATE = 1;
    /**
     * Taken by a live transaction just before it numbers its audit entries, and held until it
     * commits: positions are then handed out in commit order, and a reader who sees position
     * {@code n} has every earlier position already, whatever the threads and instances writing.
     */
    public static final int AUDIT_ORDER = 2;
    /** Held, on a connection of its own, by the instance running a rebuild, for as long as it runs. */
    public static final int REBUILD_RUNNING = 3;
    /** Taken by the instance publishing the chains' heads, so that one instance publishes each snapshot. */
    public static final int CHAIN_HEADS = 4;

    private ProjectionLocks() {
    }

    /** Enters a live transaction: waits while a rebuild holds the gate. */
    static void enterLive(JdbcTemplate jdbc) {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(?, ?)", rs -> null, SPACE, LIVE_GATE);
    }

    /** Takes the audit's numbering until the transaction ends. */
    public static void numberAudit(JdbcTemplate jdbc) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> null, SPACE, AUDIT_ORDER);
    }

    /** Tries a transaction-scoped lock; answers whether this transaction holds it now. */
    public static boolean tryForTransaction(JdbcTemplate jdbc, int lock) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?, ?)", Boolean.class, SPACE, lock));
    }
}
