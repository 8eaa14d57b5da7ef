package ma.remacto.events.network;

/** Kinds of activity the network itself runs for its members. */
public enum ActivityKind {
    TRAINING,
    MEETING,
    WORKSHOP
}
