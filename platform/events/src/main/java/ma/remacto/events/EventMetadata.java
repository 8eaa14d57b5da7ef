package ma.remacto.events;

/**
 * Names of the audit metadata every event carries (as Axon metadata inside a service, as
 * CloudEvents extension attributes on the wire). No personal data: actors are pseudonymous ids.
 */
public final class EventMetadata {

    /**
     * Pseudonym of who acted: a keyed hash of the token's subject ({@code p-…}) under a key of the
     * producing context, so one person has unrelated pseudonyms in different contexts; for a vote,
     * its ballot id. Never the subject itself.
     */
    public static final String ACTOR = "actor";
    /** The role under which the actor acted, e.g. {@code NETWORK_OPERATOR}. */
    public static final String ACTOR_ROLE = "actorrole";
    /** The collectivity the event belongs to. */
    public static final String COLLECTIVITY = "collectivity";
    /** Id shared by every message that stems from one request. */
    public static final String CORRELATION_ID = "correlationid";
    /** Id of the message (command) that caused this event. */
    public static final String CAUSATION_ID = "causationid";
    /** The reason the user gave, when there was one. */
    public static final String REASON = "reason";
    /** The event's sequence number within its aggregate (CloudEvents extension only). */
    public static final String SEQUENCE = "sequence";

    private EventMetadata() {
    }
}
