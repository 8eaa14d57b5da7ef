package ma.remacto.events.participation;

/** A voter's choice on one item. */
public enum VoteChoice {
    FOR,
    AGAINST
}
