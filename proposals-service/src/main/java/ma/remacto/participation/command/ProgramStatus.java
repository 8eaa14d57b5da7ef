package ma.remacto.participation.command;

/** Where an action program stands, as the programs topic tells this service. */
public enum ProgramStatus {
    DRAFT,
    ADOPTED,
    IN_EXECUTION,
    CLOSED
}
