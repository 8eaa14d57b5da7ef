package ma.remacto.reporting.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.kit.kafka.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies records read from the topics to every projection, inside the caller's transaction. Each
 * CloudEvent's (source, id) is claimed first: an event met again (redelivered, or published twice)
 * finds it claimed and changes nothing. The projections' position in each partition moves in the
 * same transaction. The live listener and a rebuild use this same path, so both reach the same
 * state from the same records.
 */
@Component
public class EventApplier {

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final JdbcTemplate jdbc;
    private final List<Projection> projections;
    private final List<BatchProjection> batchProjections;

    EventApplier(JdbcTemplate jdbc, List<Projection> projections, List<BatchProjection> batchProjections) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.batchProjections = batchProjections;
    }

    /** Applies the records in order; answers how many were new. Must run in a transaction. */
    public int apply(List<ConsumerRecord<String, CloudEvent>> records) {
        List<ConsumerRecord<String, CloudEvent>> present = new ArrayList<>(records.size());
        for (ConsumerRecord<String, CloudEvent> record : records) {
            if (record.value() == null) {
                log.warn("skipping a record without a CloudEvent at {}-{}@{}", record.topic(), record.partition(), record.offset());
            } else {
                present.add(record);
            }
        }
        List<ReceivedEvent> fresh = claim(present);
        if (!fresh.isEmpty()) {
            batchProjections.forEach(projection -> projection.applyAll(fresh));
            for (ReceivedEvent event : fresh) {
                projections.forEach(projection -> projection.apply(event));
            }
        }
        advance(records);
        return fresh.size();
    }

    private List<ReceivedEvent> claim(List<ConsumerRecord<String, CloudEvent>> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        int[] claimed = jdbc.batchUpdate("""
                        INSERT INTO received_event (source, event_id, topic, partition, "offset")
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                records.stream().map(record -> new Object[]{record.value().getSource().toString(),
                        record.value().getId(), record.topic(), record.partition(), record.offset()}).toList());
        List<ReceivedEvent> fresh = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, CloudEvent> record = records.get(i);
            if (claimed[i] == 0) {
                log.debug("event {} from {} was applied before", record.value().getId(), record.value().getSource());
            } else {
                fresh.add(decode(record));
            }
        }
        return fresh;
    }

    private static ReceivedEvent decode(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        Object payload = PublishedLanguage.classOf(event.getType())
                .filter(type -> event.getData() != null)
                .map(type -> (Object) EventJson.read(event.getData().toBytes(), type))
                .orElse(null);
        return new ReceivedEvent(event, payload, record.topic(), record.partition(), record.offset());
    }

    private void advance(List<ConsumerRecord<String, CloudEvent>> records) {
        Map<String, Object[]> next = new LinkedHashMap<>();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            next.put(record.topic() + '\u0000' + record.partition(),
                    new Object[]{record.topic(), record.partition(), record.offset() + 1});
        }
        jdbc.batchUpdate("""
                        INSERT INTO projection_offset (topic, partition, next_offset) VALUES (?, ?, ?)
                        ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset
                        WHERE projection_offset.next_offset < EXCLUDED.next_offset""",
                new ArrayList<>(next.values()));
    }
}
