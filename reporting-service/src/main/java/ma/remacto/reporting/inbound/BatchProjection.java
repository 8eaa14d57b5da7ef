package ma.remacto.reporting.inbound;

import java.util.List;

/**
 * A read model that takes the new events of a batch at once, in log order, inside the batch's
 * transaction; for projections that write a row per event and gain from writing them together.
 */
public interface BatchProjection {

    void applyAll(List<ReceivedEvent> events);
}
