package ma.remacto.events.participation;

/** Where a co-creation process stands: collecting ideas, consulting on drafts, or closed. */
public enum ProcessPhase {
    IDEA_COLLECTION,
    CONSULTATION,
    CLOSED
}
