package ma.remacto.reporting.replay;

/** Where a rebuild stands: four working states in this order, then one of three ends. */
public enum RebuildState {
    /** Fresh tables are being made. */
    PREPARING,
    /** The topics are being replayed into them while the live projections go on. */
    REPLAYING,
    /** The live projections stand still while the rebuild reaches exactly their positions. */
    CATCHING_UP,
    /** Indexes are built and every table's checksum compared, live against rebuilt. */
    VERIFYING,
    /** The rebuilt tables serve now. */
    SWAPPED,
    /** The rebuilt tables differ from the live ones and were not swapped in. */
    DIFFERENT,
    /** The rebuild failed, or the instance running it stopped; nothing was swapped. */
    FAILED;

    /** Whether the rebuild is over. */
    public boolean ended() {
        return this == SWAPPED || this == DIFFERENT || this == FAILED;
    }

    /** Whether a rebuild may go from this state to the next: working states in order, or to an end. */
    public boolean mayBecome(RebuildState next) {
        if (ended()) {
            return false;
        }
        return next.ended() ? next != SWAPPED || this == VERIFYING : next.ordinal() == ordinal() + 1;
    }
}
