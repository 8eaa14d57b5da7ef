package ma.remacto.events.network;

/** The outcome of the DGCT's assessment of an application. */
public enum AdmissionDecision {
    ADMITTED,
    REJECTED
}
