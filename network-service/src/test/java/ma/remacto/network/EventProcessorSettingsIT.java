package ma.remacto.network;

import ma.remacto.kit.kafka.CloudEventPublisher;
import ma.remacto.testkit.RealInfrastructureTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the service's event processors behave, as the service kit sets them: a failing event
 * handler fails its batch (which is then tried again from its token) rather than being logged and
 * stepped over, so an event the broker did not take stays due for publication; a tracking
 * processor the service does not configure takes the events waiting for it in batches, not one
 * transaction per event.
 */
@RealInfrastructureTest
class EventProcessorSettingsIT {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void thePublisherAndTheReadModelsPropagateTheirFailures() {
        for (String group : new String[]{CloudEventPublisher.PROCESSING_GROUP, "collectivity-view", "activity-view"}) {
            assertThat(processing.listenerInvocationErrorHandler(group)).as(group).isInstanceOf(PropagatingErrorHandler.class);
            assertThat(processing.errorHandler(group)).as(group).isInstanceOf(PropagatingErrorHandler.class);
        }
    }

    @Test
    void anUnconfiguredTrackingProcessorTakesWaitingEventsInBatches() throws Exception {
        TrackingEventProcessor activity = processing.eventProcessor("activity-view", TrackingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("activity-view is not a tracking processor"));
        assertThat(batchSize(activity)).isEqualTo(100);
        assertThat(processing.eventProcessor("collectivity-view", PooledStreamingEventProcessor.class))
                .as("a processor the service configures keeps its own kind").isPresent();
    }

    /** The batch size a tracking processor was built with (it has no accessor). */
    private static int batchSize(TrackingEventProcessor processor) throws ReflectiveOperationException {
        Field field = TrackingEventProcessor.class.getDeclaredField("batchSize");
        field.setAccessible(true);
        return field.getInt(processor);
    }
}
