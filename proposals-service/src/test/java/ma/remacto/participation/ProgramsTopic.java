package ma.remacto.participation;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.kit.kafka.EventJson;
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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Programs' events as programs-service publishes them, and a wait until this service has handled them. */
final class ProgramsTopic {

    private static final URI PROGRAMS_SERVICE = URI.create("/remacto/programs-service");

    private ProgramsTopic() {
    }

    /** Publishes a program's event: subject and key the program, its collectivity in the metadata. */
    static RecordMetadata publish(String programId, String collectivityId, Object payload) throws Exception {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(PROGRAMS_SERVICE)
                .withType(PublishedLanguage.typeOf(payload.getClass()))
                .withSubject(programId)
                .withTime(OffsetDateTime.now())
                .withData("application/json", EventJson.write(payload))
                .withExtension("collectivity", collectivityId)
                .withExtension("actor", "admin-" + collectivityId)
                .withExtension("actorrole", "COLLECTIVITY_ADMIN")
                .build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            return producer.send(new ProducerRecord<>(Topics.PROGRAMS, programId, event)).get();
        }
    }

    /** Waits until the programs listener's group has committed past the record, that is, has handled it. */
    static void awaitHandled(KafkaListenerEndpointRegistry listeners, RecordMetadata record) {
        String group = listeners.getListenerContainer("proposals-project-links").getGroupId();
        TopicPartition partition = new TopicPartition(Topics.PROGRAMS, record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }
}
