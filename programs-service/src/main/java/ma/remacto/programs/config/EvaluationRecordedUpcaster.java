package ma.remacto.programs.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.kit.axon.AddedFieldsUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@link EvaluationRecordedEvent} (findings only) as revision 2: no design
 * findings, evaluators not said, no principles.
 */
@Component
@Order(0)
public class EvaluationRecordedUpcaster extends AddedFieldsUpcaster {

    public EvaluationRecordedUpcaster() {
        super(EvaluationRecordedEvent.class, null, "2");
    }

    @Override
    protected void addFields(ObjectNode event) {
        event.putArray("design");
        event.putNull("byCivilSociety");
        event.putArray("principles");
    }
}
