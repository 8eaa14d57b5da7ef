package ma.remacto.reporting;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.SealedText;
import ma.remacto.testkit.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/** Synthetic CloudEvents on the platform's topics, shaped as the services publish them. */
final class TestStreams {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestStreams() {
    }

    static CloudEvent event(String type, byte[] data, String subject, String collectivity, long sequence,
                            String reason, OffsetDateTime time) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/remacto/test"))
                .withType(type)
                .withSubject(subject)
                .withTime(time)
                .withData("application/json", data)
                .withExtension("actor", "operator-1")
                .withExtension("actorrole", "NETWORK_OPERATOR")
                .withExtension("sequence", sequence);
        if (collectivity != null) {
            builder.withExtension("collectivity", collectivity);
        }
        if (reason != null) {
            builder.withExtension("reason", reason);
        }
        return builder.build();
    }

    /**
     * Personal text as the owning service seals it: opaque to reporting, which holds no data key.
     * The ciphertext is random bytes, as a real one looks.
     */
    static SealedText sealed(String keyId) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return new SealedText(keyId, Base64.getEncoder().encodeToString(bytes));
    }

    /** Publishes the events in order, each on its type's topic keyed by its subject; answers where each landed. */
    static List<RecordMetadata> publish(List<CloudEvent> events) throws Exception {
        List<RecordMetadata> written = new ArrayList<>();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            for (CloudEvent event : events) {
                written.add(producer.send(new ProducerRecord<>(topicOf(event.getType()), event.getSubject(), event)).get());
            }
        }
        return written;
    }

    /** The topic of a type, current or superseded: that of its context ({@code ma.remacto.<context>.…}). */
    private static String topicOf(String type) {
        String context = type.split("\\.")[2];
        return PublishedLanguage.EVENTS.stream()
                .filter(event -> event.getAnnotation(PublishedEvent.class).context().equals(context))
                .findFirst()
                .map(PublishedLanguage::topicOf)
                .orElseThrow(() -> new IllegalArgumentException("no context " + context));
    }

    /**
     * Waits until the consumer group has committed past every record written, duplicates included:
     * reporting commits a record only after its transaction, so everything written is then applied
     * (or found applied before).
     */
    static void awaitConsumed(String group, List<RecordMetadata> written) {
        Map<TopicPartition, Long> ends = written.stream().collect(Collectors.toMap(
                record -> new TopicPartition(record.topic(), record.partition()), record -> record.offset() + 1, Math::max));
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }
}
