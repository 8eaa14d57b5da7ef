package ma.remacto.programs.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.kit.axon.AddedFieldsUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@link ProjectAddedEvent} (funding always given, no start, no principles)
 * as revision 2: no start, so the planned end counts from the program's start, and no principles.
 */
@Component
@Order(0)
public class ProjectAddedUpcaster extends AddedFieldsUpcaster {

    public ProjectAddedUpcaster() {
        super(ProjectAddedEvent.class, null, "2");
    }

    @Override
    protected void addFields(ObjectNode event) {
        event.putNull("startsOn");
        event.putArray("principles");
    }
}
