package ma.remacto.kit.kafka;

import io.cloudevents.CloudEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A batch's events go out without waiting for each other; the batch commits only once the broker acknowledged them all. */
class CloudEventPublisherTest {

    private final List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private CloudEventPublisher publisher() {
        KafkaTemplate<String, CloudEvent> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), any(CloudEvent.class))).thenAnswer(call -> {
            CompletableFuture<SendResult<String, CloudEvent>> sent = new CompletableFuture<>();
            sends.add(sent);
            return sent;
        });
        return new CloudEventPublisher(kafka, "network-service");
    }

    private static GenericDomainEventMessage<CollectivityRegisteredEvent> event(String id) {
        return new GenericDomainEventMessage<>("Collectivity", id, 0, new CollectivityRegisteredEvent(id,
                CollectivityKind.COMMUNE, "جماعة", "Commune", null, "rabat-sale-kenitra", "Rabat"));
    }

    @Test
    void aBatchSendsEveryEventBeforeWaitingAndCommitsOnceAllAreAcknowledged() throws Exception {
        CloudEventPublisher publisher = publisher();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        for (String id : List.of("a", "b", "c")) {
            GenericDomainEventMessage<CollectivityRegisteredEvent> message = event(id);
            publisher.publish(message.getPayload(), message);
        }
        assertThat(sends).hasSize(3).noneMatch(CompletableFuture::isDone);

        sends.forEach(sent -> sent.complete(null));
        batch.commit();
        assertThat(batch.isActive()).isFalse();
    }

    @Test
    void aRefusedSendFailsTheBatchSoItsTokenDoesNotMove() throws Exception {
        CloudEventPublisher publisher = publisher();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        for (String id : List.of("a", "b")) {
            GenericDomainEventMessage<CollectivityRegisteredEvent> message = event(id);
            publisher.publish(message.getPayload(), message);
        }
        sends.get(0).complete(null);
        sends.get(1).completeExceptionally(new IllegalStateException("broker gone"));

        assertThatThrownBy(batch::commit).hasMessageContaining("broker");
    }

    @Test
    void outsideABatchEachSendIsAwaited() throws Exception {
        CloudEventPublisher publisher = publisher();
        GenericDomainEventMessage<CollectivityRegisteredEvent> message = event("a");
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            try {
                publisher.publish(message.getPayload(), message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (sends.isEmpty()) {
            Thread.onSpinWait();
        }
        assertThat(publishing).isNotDone();
        sends.get(0).complete(null);
        publishing.get();
    }
}
