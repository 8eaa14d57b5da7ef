package ma.remacto.reporting.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.Topics;
import ma.remacto.kit.kafka.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Consumes every context's topic. Each record is applied in one database transaction that
 * first claims the CloudEvent's (source, id): a redelivered event finds it claimed and changes
 * nothing, so at-least-once delivery gives exactly-once effects.
 */
@Component
class StreamListener {

    private static final Logger log = LoggerFactory.getLogger(StreamListener.class);

    private final JdbcClient jdbc;
    private final List<Projection> projections;

    StreamListener(JdbcClient jdbc, List<Projection> projections) {
        this.jdbc = jdbc;
        this.projections = projections;
    }

    @KafkaListener(topics = {Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS})
    @Transactional
    public void on(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        if (event == null) {
            log.warn("skipping a record without a CloudEvent at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        int claimed = jdbc.sql("""
                        INSERT INTO received_event (source, event_id, topic, partition, "offset")
                        VALUES (:source, :id, :topic, :partition, :offset)
                        ON CONFLICT DO NOTHING""")
                .param("source", event.getSource().toString())
                .param("id", event.getId())
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .update();
        if (claimed == 0) {
            log.debug("event {} from {} was applied before", event.getId(), event.getSource());
            return;
        }
        Object payload = PublishedLanguage.classOf(event.getType())
                .filter(type -> event.getData() != null)
                .map(type -> (Object) EventJson.read(event.getData().toBytes(), type))
                .orElse(null);
        ReceivedEvent received = new ReceivedEvent(event, payload, record.topic(), record.partition(), record.offset());
        projections.forEach(projection -> projection.apply(received));
    }
}
