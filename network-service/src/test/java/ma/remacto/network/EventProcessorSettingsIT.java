package ma.remacto.network;

import ma.remacto.kit.kafka.CloudEventPublisher;
import ma.remacto.testkit.RealInfrastructureTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing event handler fails its batch (which is then tried again from its token) rather than
 * being logged and stepped over: an event the broker did not take stays due for publication.
 */
@RealInfrastructureTest
class FailingHandlersIT {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void thePublisherAndTheReadModelsPropagateTheirFailures() {
        for (String group : new String[]{CloudEventPublisher.PROCESSING_GROUP, "collectivity-view"}) {
            assertThat(processing.listenerInvocationErrorHandler(group)).as(group).isInstanceOf(PropagatingErrorHandler.class);
            assertThat(processing.errorHandler(group)).as(group).isInstanceOf(PropagatingErrorHandler.class);
        }
    }
}
