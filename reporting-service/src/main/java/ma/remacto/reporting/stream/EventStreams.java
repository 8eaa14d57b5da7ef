package ma.remacto.reporting.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Live streams of the audit trail as Server-Sent Events. Each event's SSE id is its audit
 * position, which a rebuild keeps; a client that reconnects with {@code Last-Event-ID} gets
 * every later matching event once, in order. Each stream is fed by polling the trail on a small
 * shared scheduler, so a slow client holds no database connection. A caller holds at most a few
 * streams at once ({@link StreamSlots}).
 */
@Service
public class EventStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration pollEvery;
    private final Duration heartbeatEvery;
    private final Duration streamTimeout;
    private final int batch;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "event-streams");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<SseEmitter, OpenStream> open = new ConcurrentHashMap<>();
    private final StreamSlots slots;

    EventStreams(JdbcClient jdbc, JsonMapper json, StreamSlots slots,
                 @Value("${remacto.streams.poll-interval:250ms}") Duration pollEvery,
                 @Value("${remacto.streams.heartbeat-interval:15s}") Duration heartbeatEvery,
                 @Value("${remacto.streams.timeout:30m}") Duration streamTimeout,
                 @Value("${remacto.streams.batch:200}") int batch) {
        this.jdbc = jdbc;
        this.json = json;
        this.slots = slots;
        this.pollEvery = pollEvery;
        this.heartbeatEvery = heartbeatEvery;
        this.streamTimeout = streamTimeout;
        this.batch = batch;
    }

    /** The position of the latest event of the trail; a stream opened "now" starts after it. */
    public long latestPosition() {
        return jdbc.sql("SELECT COALESCE(max(position), 0) FROM audit_entry").query(Long.class).single();
    }

    /**
     * Opens a stream, for the caller known by that pseudonym, of the events after the given audit
     * position that pass the filter; {@link TooManyStreams} when the caller holds every slot.
     */
    public SseEmitter open(String caller, StreamFilter filter, long after) {
        slots.take(caller);
        SseEmitter emitter = new SseEmitter(streamTimeout.toMillis());
        OpenStream stream = new OpenStream(caller);
        open.put(emitter, stream);
        emitter.onCompletion(() -> close(emitter));
        emitter.onTimeout(() -> close(emitter));
        emitter.onError(error -> close(emitter));
        Subscription subscription = new Subscription(emitter, filter, after);
        stream.pumpedBy(scheduler.scheduleWithFixedDelay(subscription::pump, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS));
        return emitter;
    }

    int openStreams() {
        return open.size();
    }

    /** Ends a stream's pump and frees its slot, once however often its end is reported. */
    private void close(SseEmitter emitter) {
        OpenStream stream = open.remove(emitter);
        if (stream != null) {
            stream.end();
            slots.release(stream.caller());
        }
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream before the web server waits for its requests to finish. */
    @Override
    public void stop() {
        running = false;
        open.keySet().forEach(SseEmitter::complete);
        open.values().forEach(OpenStream::end);
        open.clear();
        slots.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }

    private List<Map<String, Object>> after(StreamFilter filter, long position) {
        StringBuilder sql = new StringBuilder("""
                SELECT position, event_id, source, type, time, collectivity, actor_role, actor, aggregate_id,
                       sequence, reason, correlation_id, data
                FROM audit_entry WHERE position > :after""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", position);
        if (filter.collectivity() != null) {
            sql.append(" AND collectivity = :collectivity");
            params.put("collectivity", filter.collectivity());
        }
        List<String> typeConditions = new ArrayList<>();
        for (int i = 0; i < filter.types().size(); i++) {
            typeConditions.add("type = :type" + i);
            params.put("type" + i, filter.types().get(i));
        }
        for (int i = 0; i < filter.prefixes().size(); i++) {
            typeConditions.add("starts_with(type, :prefix" + i + ")");
            params.put("prefix" + i, filter.prefixes().get(i));
        }
        if (!typeConditions.isEmpty()) {
            sql.append(" AND (").append(String.join(" OR ", typeConditions)).append(')');
        }
        sql.append(" ORDER BY position LIMIT :limit");
        params.put("limit", batch);
        return jdbc.sql(sql.toString()).params(params).query().listOfRows();
    }

    /** The event as a structured-mode CloudEvent, as an analyst reading Kafka would see it. */
    private Map<String, Object> cloudEvent(Map<String, Object> row) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", row.get("event_id"));
        event.put("source", row.get("source"));
        event.put("type", row.get("type"));
        event.put("subject", row.get("aggregate_id"));
        event.put("time", ((java.sql.Timestamp) row.get("time")).toInstant().toString());
        event.put("datacontenttype", "application/json");
        putIfPresent(event, "collectivity", row.get("collectivity"));
        putIfPresent(event, "actor", row.get("actor"));
        putIfPresent(event, "actorrole", row.get("actor_role"));
        putIfPresent(event, "sequence", row.get("sequence"));
        putIfPresent(event, "reason", row.get("reason"));
        putIfPresent(event, "correlationid", row.get("correlation_id"));
        JsonNode data = json.readTree(row.get("data").toString());
        event.put("data", data);
        return event;
    }

    private static void putIfPresent(Map<String, Object> event, String name, Object value) {
        if (value != null) {
            event.put(name, value);
        }
    }

    /** An open stream: whose it is and the task that feeds it (which may be set after the stream ended). */
    private static final class OpenStream {

        private final String caller;
        private ScheduledFuture<?> pump;
        private boolean ended;

        OpenStream(String caller) {
            this.caller = caller;
        }

        String caller() {
            return caller;
        }

        synchronized void pumpedBy(ScheduledFuture<?> task) {
            if (ended) {
                task.cancel(false);
            } else {
                pump = task;
            }
        }

        synchronized void end() {
            ended = true;
            if (pump != null) {
                pump.cancel(false);
            }
        }
    }

    /** One client's stream: its filter and the position of the last event sent. */
    private final class Subscription {

        private final SseEmitter emitter;
        private final StreamFilter filter;
        private long position;
        private Instant lastSent = Instant.now();

        Subscription(SseEmitter emitter, StreamFilter filter, long position) {
            this.emitter = emitter;
            this.filter = filter;
            this.position = position;
        }

        synchronized void pump() {
            try {
                List<Map<String, Object>> rows;
                do {
                    rows = after(filter, position);
                    for (Map<String, Object> row : rows) {
                        long at = ((Number) row.get("position")).longValue();
                        emitter.send(SseEmitter.event()
                                .id(Long.toString(at))
                                .name(row.get("type").toString())
                                .data(cloudEvent(row), MediaType.APPLICATION_JSON));
                        position = at;
                        lastSent = Instant.now();
                    }
                } while (rows.size() == batch);
                if (Duration.between(lastSent, Instant.now()).compareTo(heartbeatEvery) >= 0) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    lastSent = Instant.now();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away; the stream ends here
                log.debug("stream closed: {}", e.toString());
                close(emitter);
            } catch (RuntimeException e) {
                log.warn("stream failed", e);
                emitter.completeWithError(e);
                close(emitter);
            }
        }
    }
}
