package ma.remacto.reporting.inbound;

import java.util.List;

/**
 * A read model that takes the new events of a batch at once, in log order, inside the batch's
 * transaction; for projections that write a row per event and gain from writing them together.
 */
public interface BatchProjection {

    void applyAll(List<ReceivedEvent> events);

    /**
     * Takes the events of a rebuild's batch into the rebuild's tables; {@code liveSchema} names
     * the schema of the live tables, for what a rebuild keeps as the live projections have it.
     */
    default void replayAll(List<ReceivedEvent> events, String liveSchema) {
        applyAll(events);
    }
}
