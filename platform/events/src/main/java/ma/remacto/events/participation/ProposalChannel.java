package ma.remacto.events.participation;

/** How a proposal reached the collectivity. */
public enum ProposalChannel {
    IN_PERSON,
    DIGITAL_PLATFORM,
    EQUALITY_BODY
}
