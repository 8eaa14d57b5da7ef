package ma.remacto.events.programs;

/** Execution status of a project as its progress reports give it. */
public enum ProjectStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DELAYED,
    COMPLETED,
    CANCELLED
}
