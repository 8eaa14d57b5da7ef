package ma.remacto.events.participation;

/** Categories of participants a station may count. */
public enum ParticipantCategory {
    COUNCIL_MEMBERS,
    EQUALITY_BODY,
    CIVIL_SOCIETY_ASSOCIATIONS,
    SCHOOL_DIRECTORS,
    STUDENTS_AND_RESEARCHERS,
    STAFF,
    CITIZENS
}
