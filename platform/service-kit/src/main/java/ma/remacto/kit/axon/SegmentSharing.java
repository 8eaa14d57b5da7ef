package ma.remacto.kit.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the segments of every pooled streaming processor out among the running instances of
 * the service. Each instance beats in its database ({@code processor_instance}) every
 * {@code remacto.processors.heartbeat} (default 5 s); the instances seen within three beats are
 * the live ones. An instance claims at most its fair share, the segments divided by the live
 * instances and rounded up, and releases what it holds beyond it, so that a new instance gets
 * work; when an instance stops beating, the share of the others grows and they claim its
 * segments once its claims expire. Alone, an instance claims every segment.
 */
public class SegmentSharing implements MaxSegmentProvider {

    private static final Logger log = LoggerFactory.getLogger(SegmentSharing.class);

    /** This instance's name: its process and a random part, distinct even among instances of one JVM. */
    private final String instance = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final JdbcClient jdbc;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Duration heartbeat;
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private volatile int liveInstances = 1;

    public SegmentSharing(JdbcClient jdbc, ObjectProvider<EventProcessingConfiguration> processing, Duration heartbeat) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.heartbeat = heartbeat;
    }

    /** The fair share: {@code segments} divided by {@code instances}, rounded up; all of them for one instance. */
    static int share(int segments, int instances) {
        return Math.max(1, (segments + Math.max(1, instances) - 1) / Math.max(1, instances));
    }

    @Override
    public int getMaxSegments(String processor) {
        Integer total = segments.get(processor);
        return total == null ? Short.MAX_VALUE : share(total, liveInstances);
    }

    /** Beats, counts the live instances, and releases the segments held beyond each processor's share. */
    @Scheduled(fixedDelayString = "${remacto.processors.heartbeat:5s}", initialDelayString = "${remacto.processors.heartbeat:5s}")
    public void balance() {
        try {
            jdbc.sql("""
                            INSERT INTO processor_instance (instance_id, seen_at) VALUES (:id, now())
                            ON CONFLICT (instance_id) DO UPDATE SET seen_at = now()""")
                    .param("id", instance).update();
            liveInstances = Math.max(1, jdbc.sql("""
                            SELECT count(*) FROM processor_instance
                            WHERE seen_at > now() - CAST(:window AS interval)""")
                    .param("window", heartbeat.multipliedBy(3).toMillis() + " milliseconds")
                    .query(Integer.class).single());
            jdbc.sql("DELETE FROM processor_instance WHERE seen_at < now() - interval '1 hour'").update();
            EventProcessingConfiguration configuration = processing.getIfAvailable();
            if (configuration == null) {
                return;
            }
            configuration.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof PooledStreamingEventProcessor pooled) {
                    rebalance(name, pooled);
                }
            });
        } catch (RuntimeException e) {
            log.warn("sharing the processors' segments: {}", e.toString());
        }
    }

    private void rebalance(String name, PooledStreamingEventProcessor processor) {
        int total = jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = :name")
                .param("name", name)
                .query(Integer.class).single();
        if (total == 0) {
            return;
        }
        segments.put(name, total);
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        int surplus = held.size() - share(total, liveInstances);
        if (surplus > 0) {
            List<Integer> ids = new ArrayList<>(held.keySet());
            ids.sort(java.util.Comparator.reverseOrder());
            for (int segment : ids.subList(0, surplus)) {
                processor.releaseSegment(segment);
            }
            log.info("processor {}: released {} of its {} segments for the other {} instance(s)", name, surplus,
                    held.size(), liveInstances - 1);
        }
    }

    /** This instance's name, as it owns token claims and beats. */
    public String instance() {
        return instance;
    }

    /** How many instances of the service beat lately, this one included. */
    public int liveInstances() {
        return liveInstances;
    }

    @PreDestroy
    void leave() {
        try {
            jdbc.sql("DELETE FROM processor_instance WHERE instance_id = :id").param("id", instance).update();
        } catch (RuntimeException e) {
            log.debug("leaving the processor instances: {}", e.toString());
        }
    }
}
