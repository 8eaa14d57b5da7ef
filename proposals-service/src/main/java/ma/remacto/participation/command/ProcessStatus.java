package ma.remacto.participation.command;

/** The phase a co-creation process is in. */
public enum ProcessStatus {
    IDEA_COLLECTION,
    CONSULTATION,
    CLOSED
}
