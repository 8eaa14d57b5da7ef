package ma.remacto.network.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.kit.axon.AddedFieldsUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reads revision 1 of {@link CollectivityRegisteredEvent} (before Tamazight names and provinces) as revision 2. */
@Component
@Order(0)
public class CollectivityRegisteredUpcaster extends AddedFieldsUpcaster {

    public CollectivityRegisteredUpcaster() {
        super(CollectivityRegisteredEvent.class, null, "2");
    }

    @Override
    protected void addFields(ObjectNode event) {
        event.putNull("nameTzm");
        event.putNull("province");
    }
}
