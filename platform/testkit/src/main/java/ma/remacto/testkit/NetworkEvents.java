package ma.remacto.testkit;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.kit.membership.Membership;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Synthetic events of network-service on its topic, shaped as its publisher sends them. */
public final class NetworkEvents {

    private static final URI SOURCE = URI.create("/remacto/network-service");
    private static final LocalDate ADMITTED_ON = LocalDate.of(2024, 4, 25);

    private NetworkEvents() {
    }

    /** A collectivity's event: subject and key are the collectivity, {@code sequence} its place in the aggregate. */
    public static CloudEvent event(String collectivityId, long sequence, Object payload) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(SOURCE)
                .withType(PublishedLanguage.typeOf(payload.getClass()))
                .withSubject(collectivityId)
                .withTime(OffsetDateTime.now())
                .withData("application/json", EventJson.write(payload))
                .withExtension("collectivity", collectivityId)
                .withExtension("actor", "p-network-operator")
                .withExtension("actorrole", "NETWORK_OPERATOR")
                .withExtension("sequence", sequence)
                .build();
    }

    public static CloudEvent registered(String collectivityId) {
        return event(collectivityId, 0, new CollectivityRegisteredEvent(collectivityId, CollectivityKind.COMMUNE,
                collectivityId, collectivityId, null, "rabat-sale-kenitra", null));
    }

    public static CloudEvent admitted(String collectivityId, long sequence) {
        return event(collectivityId, sequence, new AdmissionDecidedEvent(collectivityId, AdmissionDecision.ADMITTED,
                ADMITTED_ON, Map.of()));
    }

    /**
     * The standing network-service decided, which is all the membership replicas read: it follows
     * the membership event that changed the standing, at the next sequence.
     */
    public static CloudEvent standing(String collectivityId, long sequence, boolean inGoodStanding, LocalDate on) {
        return event(collectivityId, sequence, new MembershipStandingChangedEvent(collectivityId, inGoodStanding, on));
    }

    /** Publishes the events in order, keyed by subject, and returns where each landed. */
    public static List<RecordMetadata> publish(CloudEvent... events) throws Exception {
        List<RecordMetadata> written = new ArrayList<>();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            for (CloudEvent event : events) {
                written.add(producer.send(new ProducerRecord<>(Topics.NETWORK, event.getSubject(), event)).get());
            }
        }
        return written;
    }

    /**
     * Registers and admits the collectivity, in good standing from then on (sequences 0 to 2; a
     * no-op for one admitted before), then waits for the replica.
     */
    public static void admit(String collectivityId, Membership membership) throws Exception {
        publish(registered(collectivityId), admitted(collectivityId, 1), standing(collectivityId, 2, true, ADMITTED_ON));
        await().atMost(Duration.ofSeconds(30)).until(() -> membership.isInGoodStanding(collectivityId));
    }
}
