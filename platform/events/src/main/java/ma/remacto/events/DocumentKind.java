package ma.remacto.events;

/** What a public document is, as the collectivities publish them. */
public enum DocumentKind {
    /** A council's deliberation (مقرر), e.g. the adoption of a program. */
    DELIBERATION,
    /** The minutes (محضر) of a meeting or a station. */
    MINUTES,
    /** The program itself, as adopted or as put to consultation. */
    PROGRAM,
    /** A press release or press file (بلاغ صحفي). */
    PRESS_RELEASE,
    /** A progress or evaluation report. */
    REPORT,
    OTHER
}
