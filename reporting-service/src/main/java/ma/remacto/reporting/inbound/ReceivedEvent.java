package ma.remacto.reporting.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.EventMetadata;
import ma.remacto.kit.kafka.EventJson;

import java.io.IOException;
import java.time.Instant;

/**
 * A CloudEvent read from a topic, with its payload decoded into the published-language record
 * when its type is known ({@code null} otherwise). A value of an enumeration that this build does not
 * know yet (a publisher's newer one) decodes as {@code null}; {@link #code} reads it as the event has it.
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

    /**
     * The name of an enumerated field of the payload: the decoded value's, or, when this build does
     * not know the value, the text the event carries, so that a newer kind or channel is kept as it
     * is; {@code null} when the event has none.
     */
    public String code(Enum<?> value, String field) {
        if (value != null) {
            return value.name();
        }
        if (cloudEvent.getData() == null) {
            return null;
        }
        try {
            JsonNode text = EventJson.mapper().readTree(cloudEvent.getData().toBytes()).at("/" + field);
            return text.isTextual() ? text.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
