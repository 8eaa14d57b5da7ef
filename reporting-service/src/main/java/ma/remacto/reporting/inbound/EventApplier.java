package ma.remacto.reporting.inbound;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.kit.kafka.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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

    /** The wire's reader, with values of enumerations this build does not know read as {@code null}. */
    private static final ObjectMapper PAYLOADS = EventJson.mapper().copy()
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    private final JdbcTemplate jdbc;
    private final List<Projection> projections;
    private final List<BatchProjection> batchProjections;
    private final AuditLog audit;

    EventApplier(JdbcTemplate jdbc, List<Projection> projections, List<BatchProjection> batchProjections, AuditLog audit) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.batchProjections = batchProjections;
        this.audit = audit;
    }

    /**
     * Applies the records in order; answers how many were new. Must run in a transaction, which
     * waits first while a rebuild holds the live tables still ({@link ProjectionLocks#LIVE_GATE}).
     * Any number of threads and instances apply batches at once, each its own partitions: the
     * projections write by upserts and set-based statements, and the audit numbers its entries
     * in commit order.
     */
    public int apply(List<ConsumerRecord<String, CloudEvent>> records) {
        return apply(records, null);
    }

    /**
     * Applies the records in order into the tables of a rebuild (the transaction's search path
     * names them), with the live tables of {@code liveSchema} at hand for what must stay as the
     * live projections have it; answers how many were new.
     */
    public int replay(List<ConsumerRecord<String, CloudEvent>> records, String liveSchema) {
        return apply(records, liveSchema);
    }

    private int apply(List<ConsumerRecord<String, CloudEvent>> records, String liveSchema) {
        List<ConsumerRecord<String, CloudEvent>> present = new ArrayList<>(records.size());
        for (ConsumerRecord<String, CloudEvent> record : records) {
            if (record.value() == null) {
                log.warn("skipping a record without a CloudEvent at {}-{}@{}", record.topic(), record.partition(), record.offset());
            } else {
                present.add(record);
            }
        }
        if (liveSchema == null) {
            ProjectionLocks.enterLive(jdbc);
        }
        // The statements over arrays are planned for the rows they get: a plan cached when a
        // table was small (a sequential scan) must not serve it once large.
        jdbc.execute("SET LOCAL plan_cache_mode TO force_custom_plan");
        List<ReceivedEvent> fresh = claim(present, liveSchema != null);
        if (!fresh.isEmpty()) {
            if (liveSchema == null) {
                batchProjections.forEach(projection -> projection.applyAll(fresh));
            } else {
                batchProjections.forEach(projection -> projection.replayAll(fresh, liveSchema));
            }
            for (ReceivedEvent event : fresh) {
                projections.forEach(projection -> projection.apply(event));
            }
        }
        advance(records);
        if (!fresh.isEmpty()) {
            if (liveSchema == null) {
                audit.append(fresh);
            } else {
                audit.replay(fresh, liveSchema);
            }
        }
        return fresh.size();
    }

    private List<ReceivedEvent> claim(List<ConsumerRecord<String, CloudEvent>> records, boolean replaying) {
        if (records.isEmpty()) {
            return List.of();
        }
        ArrayRows claims = new ArrayRows(5);
        Set<String> inBatch = new HashSet<>();
        List<ConsumerRecord<String, CloudEvent>> candidates = new ArrayList<>(records.size());
        for (ConsumerRecord<String, CloudEvent> record : records) {
            String key = key(record.value().getSource().toString(), record.value().getId());
            if (inBatch.add(key)) {
                candidates.add(record);
                claims.add(record.value().getSource().toString(), record.value().getId(), record.topic(),
                        Integer.toString(record.partition()), Long.toString(record.offset()));
            }
        }
        if (replaying && claims.size() > 1 && copyClaims(candidates)) {
            return candidates.stream().map(EventApplier::decode).toList();
        }
        Set<String> claimed = new HashSet<>(claims.query(jdbc, """
                        INSERT INTO received_event (source, event_id, topic, partition, "offset")
                        SELECT source, event_id, topic, CAST(partition AS integer), CAST(record_offset AS bigint)
                        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                             AS claim(source, event_id, topic, partition, record_offset)
                        ON CONFLICT DO NOTHING
                        RETURNING source, event_id""",
                (rs, n) -> key(rs.getString(1), rs.getString(2))));
        List<ReceivedEvent> fresh = new ArrayList<>(claimed.size());
        for (ConsumerRecord<String, CloudEvent> record : candidates) {
            if (claimed.contains(key(record.value().getSource().toString(), record.value().getId()))) {
                fresh.add(decode(record));
            } else {
                log.debug("event {} from {} was applied before", record.value().getId(), record.value().getSource());
            }
        }
        if (fresh.size() < records.size()) {
            log.debug("{} of {} records were met before", records.size() - fresh.size(), records.size());
        }
        return fresh;
    }

    /**
     * A rebuild's claims are nearly always new: they are copied in, the cheapest way, under a
     * savepoint; should one have been claimed before (an event published twice), the copy is
     * undone and the claims go the usual way. Answers whether the copy went through.
     */
    private boolean copyClaims(List<ConsumerRecord<String, CloudEvent>> records) {
        CopyRows rows = new CopyRows();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            rows.add(record.value().getSource().toString(), record.value().getId(), record.topic(),
                    Integer.toString(record.partition()), Long.toString(record.offset()));
        }
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                rows.copy(jdbc, "received_event", "source, event_id, topic, partition, \"offset\"");
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (RuntimeException claimedBefore) {
                connection.rollback(savepoint);
                log.info("a replayed batch holds events claimed before; they are claimed the usual way");
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming a replayed batch failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String key(String source, String id) {
        return source + '\u0000' + id;
    }

    private static ReceivedEvent decode(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        Object payload = PublishedLanguage.classOf(event.getType())
                .filter(type -> event.getData() != null)
                .map(type -> read(record, type))
                .orElse(null);
        return new ReceivedEvent(event, payload, record.topic(), record.partition(), record.offset());
    }

    /**
     * The payload; an event that cannot be read stays in the audit trail (its raw data) and is left
     * out of the other projections, rather than stopping every later event behind it.
     */
    private static Object read(ConsumerRecord<String, CloudEvent> record, Class<?> type) {
        try {
            return PAYLOADS.readValue(record.value().getData().toBytes(), type);
        } catch (IOException | RuntimeException e) {
            log.warn("event {} of type {} at {}-{}@{} cannot be read, only the audit trail keeps it: {}",
                    record.value().getId(), record.value().getType(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
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
