package ma.remacto.programs;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.SealedText;
import ma.remacto.events.Topics;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.testkit.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Synthetic events of proposals-service on the participation topic, shaped as its publisher
 * sends them: a proposal lives in its co-creation process, so the subject (and key) is the
 * process and {@code sequence} its place in that process's stream.
 */
final class ParticipationEvents {

    private static final URI SOURCE = URI.create("/remacto/proposals-service");

    private ParticipationEvents() {
    }

    static CloudEvent event(String processId, String collectivityId, long sequence, Object payload) {
        return event(PublishedLanguage.typeOf(payload.getClass()), processId, collectivityId, sequence, payload);
    }

    private static CloudEvent event(String type, String processId, String collectivityId, long sequence, Object payload) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(SOURCE)
                .withType(type)
                .withSubject(processId)
                .withTime(OffsetDateTime.now())
                .withData("application/json", EventJson.write(payload))
                .withExtension("collectivity", collectivityId)
                .withExtension("actor", "p-admin-" + collectivityId)
                .withExtension("actorrole", "COLLECTIVITY_ADMIN")
                .withExtension("sequence", sequence)
                .build();
    }

    static CloudEvent submitted(String processId, String collectivityId, long sequence, String proposalId) {
        return event(processId, collectivityId, sequence, new ProposalSubmittedEvent(proposalId, processId, collectivityId,
                ProposalChannel.IN_PERSON, null, new SealedText("proposal:" + proposalId, "c2VhbGVkIHRpdGxl"),
                new SealedText("proposal:" + proposalId, "c2VhbGVkIGJvZHk="), null, null, null, null));
    }

    /** A submission as revision 1 published it, text in clear; such records stay on the topic. */
    static CloudEvent submittedAsRevision1(String processId, String collectivityId, long sequence, String proposalId) {
        return event("ma.remacto.participation.ProposalSubmitted.v1", processId, collectivityId, sequence,
                new LegacyProposalSubmittedEvent(proposalId, processId, collectivityId, ProposalChannel.IN_PERSON, null,
                        "سقي المساحات الخضراء بالمياه المعالجة", "اقتراح من ورشة الحي", null, null, null, null));
    }

    static CloudEvent reviewed(String processId, String collectivityId, long sequence, String proposalId,
                               ReviewDecision decision) {
        return event(processId, collectivityId, sequence, new ProposalReviewedEvent(proposalId, decision, null));
    }

    static void publish(CloudEvent... events) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            for (CloudEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.PARTICIPATION, event.getSubject(), event)).get();
            }
        }
    }
}
