package ma.remacto.kit.axon;

import ma.remacto.events.EventMetadata;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies the audit metadata of a command onto every event it causes, and records the command's
 * id as the events' causation id.
 */
public class AuditCorrelation implements CorrelationDataProvider {

    private static final String[] COPIED = {
            EventMetadata.ACTOR, EventMetadata.ACTOR_ROLE, EventMetadata.COLLECTIVITY,
            EventMetadata.REASON, EventMetadata.CORRELATION_ID
    };

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(EventMetadata.CAUSATION_ID, message.getIdentifier());
        data.putIfAbsent(EventMetadata.CORRELATION_ID, message.getIdentifier());
        return data;
    }
}
