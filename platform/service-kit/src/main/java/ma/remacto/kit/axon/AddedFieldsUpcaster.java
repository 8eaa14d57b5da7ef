package ma.remacto.kit.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one revision of an event as the next, when the next only added fields: the stored payload
 * gets the new fields with the values that say "not known then" ({@code null}, an empty list).
 * A service declares one subclass per such step, as a bean ({@code @Component @Order(0)}).
 */
public abstract class AddedFieldsUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    /** {@code fromRevision} is {@code null} for an event's first revision, stored without one. */
    protected AddedFieldsUpcaster(Class<?> event, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
    }

    /** Adds the fields the next revision has, with their "not known then" values. */
    protected abstract void addFields(ObjectNode event);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            addFields(event);
            return event;
        });
    }
}
