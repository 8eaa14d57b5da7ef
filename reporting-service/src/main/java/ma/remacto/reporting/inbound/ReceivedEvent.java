package ma.remacto.reporting.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.events.EventMetadata;

import java.time.Instant;

/**
 * A CloudEvent read from a topic, with its payload decoded into the published-language record
 * when its type is known ({@code null} otherwise).
 */
public record ReceivedEvent(CloudEvent cloudEvent, Object payload, String topic, int partition, long offset) {

    public String extension(String name) {
        Object value = cloudEvent.getExtension(name);
        return value == null ? null : value.toString();
    }

    public String collectivity() {
        return extension(EventMetadata.COLLECTIVITY);
    }

    public String reason() {
        return extension(EventMetadata.REASON);
    }

    /** The event's sequence number within its aggregate; {@code null} when it carries none. */
    public Long sequence() {
        String sequence = extension(EventMetadata.SEQUENCE);
        return sequence == null ? null : Long.valueOf(sequence);
    }

    public Instant time() {
        return cloudEvent.getTime() == null ? Instant.now() : cloudEvent.getTime().toInstant();
    }
}
