package ma.remacto.events.programs;

/**
 * The principles of openness the network's members commit to, as its documents list them; a
 * project or an evaluation is tagged with those it serves.
 */
public enum OpennessPrinciple {
    /** الشفافية */
    TRANSPARENCY,
    /** المساءلة */
    ACCOUNTABILITY,
    /** الحق في الوصول إلى المعلومة */
    ACCESS_TO_INFORMATION,
    /** المشاركة المواطنة */
    CITIZEN_PARTICIPATION,
    /** الرقمنة */
    DIGITALISATION
}
