package ma.remacto.events;

/** Gender as counted by the platform, where it is counted at all; never required to be known. */
public enum Gender {
    WOMAN,
    MAN,
    UNSPECIFIED
}
