package ma.remacto.kit.security;

/** The roles a token may carry in its {@code roles} claim. */
public enum Role {
    /** Acts for the whole network (DGCT side). */
    NETWORK_OPERATOR,
    /** Acts for the one collectivity named in the token's {@code collectivity} claim. */
    COLLECTIVITY_ADMIN,
    /** Proposes and votes for themself, under a pseudonymous subject. */
    CITIZEN,
    /** Reads the event streams and exports. */
    ANALYST
}
