package ma.remacto.events.participation;

/** Outcomes of the review of a proposal. */
public enum ReviewDecision {
    UNDER_STUDY,
    RETAINED,
    NOT_RETAINED,
    MERGED
}
