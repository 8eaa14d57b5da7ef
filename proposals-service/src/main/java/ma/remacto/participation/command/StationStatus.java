package ma.remacto.participation.command;

/** A station is planned, then either held or cancelled. */
public enum StationStatus {
    PLANNED,
    HELD,
    CANCELLED
}
