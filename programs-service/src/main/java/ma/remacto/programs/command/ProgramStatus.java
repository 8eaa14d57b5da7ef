package ma.remacto.programs.command;

/** Where an open action program stands in its life. */
public enum ProgramStatus {
    DRAFT,
    IN_CONSULTATION,
    ADOPTED,
    IN_EXECUTION,
    CLOSED
}
