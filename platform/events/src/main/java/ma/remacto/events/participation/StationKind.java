package ma.remacto.events.participation;

/** Kinds of co-creation station (محطات الإعداد المشترك). */
public enum StationKind {
    INFO_MEETING,
    COMMITTEE_MEETING,
    CO_CREATION_WORKSHOP,
    DIGITAL_CALL_FOR_IDEAS,
    NEIGHBOURHOOD_WORKSHOPS,
    EQUALITY_BODY_MEETING,
    CONSULTATION,
    COUNCIL_ADOPTION,
    EXPERIENCE_SHARING,
    /** A meeting with civil society that follows a program in execution, after its adoption. */
    MONITORING_MEETING
}
