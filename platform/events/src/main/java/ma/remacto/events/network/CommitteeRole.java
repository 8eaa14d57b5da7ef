package ma.remacto.events.network;

/** Roles in a collectivity's committee for preparing, monitoring and evaluating its open action program. */
public enum CommitteeRole {
    /** Chair: the council president (one at a time). */
    CHAIR,
    VICE_CHAIR,
    COUNCIL_SECRETARY,
    STANDING_COMMITTEE_CHAIR,
    /** Chair of the body for equality, equal opportunity and gender approach (one at a time). */
    EQUALITY_BODY_CHAIR,
    EQUALITY_BODY_MEMBER,
    DIRECTOR_GENERAL_OF_SERVICES,
    STAFF,
    CIVIL_SOCIETY
}
