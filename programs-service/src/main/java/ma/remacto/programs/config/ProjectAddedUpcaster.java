package ma.remacto.programs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.programs.ProjectAddedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@link ProjectAddedEvent} (funding always given, no start, no principles)
 * as revision 2: no start, so the planned end counts from the program's start, and no principles.
 */
@Component
@Order(0)
public class ProjectAddedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ProjectAddedEvent.class.getName(), null);
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ProjectAddedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.putNull("startsOn");
            event.putArray("principles");
            return event;
        });
    }
}
