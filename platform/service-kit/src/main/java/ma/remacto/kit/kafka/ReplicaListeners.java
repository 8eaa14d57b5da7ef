package ma.remacto.kit.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import ma.remacto.events.PublishedLanguage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Listener containers for a service's local replicas of other contexts' streams: CloudEvent
 * values, the topic read from its beginning, each record's offset committed after its
 * transaction; records that are not CloudEvents (or whose data does not parse) are logged and
 * skipped, anything else is retried without end, since a skipped change would leave the replica
 * wrong. They use their own consumer settings and leave the service's other listeners alone.
 */
public final class ReplicaListeners {

    private static final Logger log = LoggerFactory.getLogger(ReplicaListeners.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private ReplicaListeners() {
    }

    /** The record's payload decoded into its published-language record, when its type is one of {@code relevant}. */
    public static Optional<Object> payload(ConsumerRecord<String, CloudEvent> record, Set<Class<? extends Record>> relevant) {
        CloudEvent event = record.value();
        if (event == null) {
            log.warn("skipping a record without a CloudEvent at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
        return PublishedLanguage.classOf(event.getType())
                .filter(type -> relevant.contains(type) && event.getData() != null)
                .map(type -> EventJson.read(event.getData().toBytes(), type));
    }

    /**
     * Claims the CloudEvent's (source, id) in the replica's table of received events, inside the
     * transaction that applies it: {@code false} when it was applied before.
     */
    public static boolean claim(JdbcClient jdbc, String receivedEventsTable, CloudEvent event) {
        if (!TABLE.matcher(receivedEventsTable).matches()) {
            throw new IllegalArgumentException("not a table name: " + receivedEventsTable);
        }
        int claimed = jdbc.sql("INSERT INTO " + receivedEventsTable + " (source, event_id) VALUES (:source, :id)"
                        + " ON CONFLICT DO NOTHING")
                .param("source", event.getSource().toString())
                .param("id", event.getId())
                .update();
        if (claimed == 0) {
            log.debug("event {} from {} was applied before", event.getId(), event.getSource());
        }
        return claimed > 0;
    }

    public static ConcurrentKafkaListenerContainerFactory<String, CloudEvent> containerFactory(
            ConsumerFactory<?, ?> serviceConsumers) {
        Map<String, Object> config = new HashMap<>(serviceConsumers.getConfigurationProperties());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<String, CloudEvent>(config, StringDeserializer::new,
                () -> new ErrorHandlingDeserializer<>(new CloudEventDeserializer())));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler errors = new DefaultErrorHandler(backOff);
        errors.addNotRetryableExceptions(UncheckedIOException.class);
        factory.setCommonErrorHandler(errors);
        return factory;
    }
}
