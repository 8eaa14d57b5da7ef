package ma.remacto.kit.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.PublishedLanguage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every event of the service's event store to its context's topic as a CloudEvent.
 * It is a streaming event processor whose token lives in the service's database beside the
 * events: publication follows the store (no dual write), waits for the broker's
 * acknowledgement, and resumes from its token after a crash, so delivery is at least once and
 * consumers dedupe on the CloudEvent id. A batch's events are sent one after the other without
 * waiting, and the batch commits its token only once the broker acknowledged every one of them
 * (the idempotent producer keeps each partition's order); a failed send fails the batch, which
 * is sent again from its token.
 */
@ProcessingGroup(CloudEventPublisher.PROCESSING_GROUP)
public class CloudEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String SENDS = CloudEventPublisher.class.getName() + ".sends";
    private static final Logger log = LoggerFactory.getLogger(CloudEventPublisher.class);

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final URI source;

    public CloudEventPublisher(KafkaTemplate<String, CloudEvent> kafka, String serviceName) {
        this.kafka = kafka;
        this.source = URI.create("/remacto/" + serviceName);
    }

    @EventHandler
    public void publish(Object payload, EventMessage<?> message)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (!payload.getClass().isAnnotationPresent(PublishedEvent.class)) {
            log.debug("{} is internal to the service and not published", payload.getClass().getName());
            return;
        }
        CloudEvent event = toCloudEvent(payload, message);
        CompletableFuture<?> sent = kafka.send(PublishedLanguage.topicOf(payload.getClass()), event.getSubject(), event);
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            List<CompletableFuture<?>> sends = batch.getOrComputeResource(SENDS, key -> {
                List<CompletableFuture<?>> list = new ArrayList<>();
                batch.onPrepareCommit(unitOfWork -> awaitAll(list));
                return list;
            });
            sends.add(sent);
        } else {
            sent.get(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused an event of the batch: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the batch's events within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    CloudEvent toCloudEvent(Object payload, EventMessage<?> message) {
        String type = PublishedLanguage.typeOf(payload.getClass());
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withType(type)
                .withSource(source)
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create("urn:remacto:schema:" + type))
                .withData("application/json", EventJson.write(payload));
        if (message instanceof DomainEventMessage<?> domain) {
            builder.withSubject(domain.getAggregateIdentifier())
                    .withExtension(EventMetadata.SEQUENCE, domain.getSequenceNumber());
        }
        for (String key : new String[] {EventMetadata.ACTOR, EventMetadata.ACTOR_ROLE, EventMetadata.COLLECTIVITY,
                EventMetadata.CORRELATION_ID, EventMetadata.CAUSATION_ID, EventMetadata.REASON}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                builder.withExtension(key, value.toString());
            }
        }
        return builder.build();
    }
}
