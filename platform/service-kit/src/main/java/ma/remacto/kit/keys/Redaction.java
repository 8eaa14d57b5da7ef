package ma.remacto.kit.keys;

/** Why personal text is no longer readable, and how every read shows it. */
public enum Redaction {
    /** A moderator hid it. */
    HIDDEN,
    /** Its data subject asked for erasure (or an operator erased a committee member's name). */
    ERASED;

    /** What reads show in place of the text: {@code [hidden]} or {@code [erased]}. */
    public String mark() {
        return "[" + name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
