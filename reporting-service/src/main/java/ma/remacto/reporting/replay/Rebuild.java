package ma.remacto.reporting.replay;

import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.reporting.inbound.EventApplier;
import ma.remacto.reporting.inbound.StreamListener;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static ma.remacto.reporting.replay.ProjectionTables.quoted;

/**
 * One rebuild of every projection from the start of every topic:
 * <ol>
 * <li>creates the projection tables afresh in a schema of their own, by the same migrations as
 * the live ones, and sets their secondary indexes aside until the end (but those the replay
 * reads through);</li>
 * <li>replays every topic partition from its first offset into them, a batch per transaction,
 * through the same {@link EventApplier} as the live listener, while the live tables keep
 * serving and following the topics; workers share the partitions out, each partition (so each
 * aggregate) in log order;</li>
 * <li>pauses the live listener, replays up to exactly where the live projections stand, and
 * compares the checksums of every table;</li>
 * <li>when they are equal (or the operator asked for the swap regardless), gives the rebuilt
 * audit entries the positions readers already know, then swaps the rebuilt tables in, in one
 * transaction; and lets the live listener go on.</li>
 * </ol>
 */
class Rebuild {

    static final String LIVE = "public";
    static final String REBUILT = "projection_rebuild";
    static final String RETIRED = "projection_retired";

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final List<String> TOPICS = List.of(Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** Secondary indexes that the replay itself reads through (redacting the audit), kept from the start. */
    private static final Set<String> READ_WHILE_REPLAYING = Set.of("audit_entry_personal_key");

    /** What a rebuild works with. */
    record Parts(JdbcClient jdbc, TransactionTemplate transactions, EventApplier applier, Flyway flyway,
                 KafkaProperties kafka, KafkaListenerEndpointRegistry listeners, ProjectionTables tables,
                 int batchSize, int workers) {
    }

    private final String id;
    private final String requestedBy;
    private final boolean swapWhenDifferent;
    private final Parts parts;

    private volatile String state = "PREPARING";
    private volatile String message = "preparing fresh tables";
    private volatile Instant startedAt = Instant.now();
    private volatile Instant finishedAt;
    private volatile boolean cancelled;
    private volatile List<RebuildStatus.TableComparison> comparisons = List.of();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private final Map<TopicPartition, Long> positions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> targets = new java.util.concurrent.ConcurrentHashMap<>();
    private Instant lastProgress = Instant.now();

    Rebuild(String id, String requestedBy, boolean swapWhenDifferent, Parts parts) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.swapWhenDifferent = swapWhenDifferent;
        this.parts = parts;
    }

    boolean finished() {
        return finishedAt != null;
    }

    void cancel() {
        cancelled = true;
    }

    RebuildStatus status() {
        long elapsed = Math.max(1, Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toMillis());
        List<RebuildStatus.PartitionProgress> partitions = new ArrayList<>();
        targets.forEach((partition, target) -> partitions.add(new RebuildStatus.PartitionProgress(
                partition.topic(), partition.partition(), positions.getOrDefault(partition, 0L), target)));
        partitions.sort((a, b) -> a.topic().equals(b.topic())
                ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()));
        long total = targets.values().stream().mapToLong(Long::longValue).sum();
        return new RebuildStatus(id, state, requestedBy, swapWhenDifferent, startedAt, finishedAt, read.get(),
                applied.get(), total, read.get() * 1000 / elapsed, partitions, comparisons, message);
    }

    void run() {
        startedAt = Instant.now();
        log.info("rebuild {}: started by {}", id, requestedBy);
        boolean paused = false;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parts.workers()), runnable -> {
            Thread thread = new Thread(runnable, "projection-rebuild-" + id.substring(0, 8));
            thread.setDaemon(true);
            return thread;
        });
        List<Worker> workers = new ArrayList<>();
        try {
            List<IndexDefinition> indexes = prepare();
            List<TopicPartition> partitions;
            try (KafkaConsumer<String, CloudEvent> probe = consumer("probe")) {
                partitions = partitions(probe);
                probe.beginningOffsets(partitions).forEach(positions::put);
                probe.endOffsets(partitions).forEach(targets::put);
            }
            int count = Math.max(1, Math.min(parts.workers(), partitions.size()));
            for (int w = 0; w < count; w++) {
                List<TopicPartition> own = new ArrayList<>();
                for (int p = w; p < partitions.size(); p += count) {
                    own.add(partitions.get(p));
                }
                workers.add(new Worker(consumer("w" + w), own));
            }
            progress("REPLAYING", "replaying " + partitions.size() + " topic partitions from their first offset with "
                    + workers.size() + " workers");
            inParallel(pool, workers.stream().map(worker -> (Runnable) worker::replay).toList());

            paused = pauseLiveAtOrBeyondRebuild();
            progress("CATCHING_UP", "the live listener is paused; replaying up to where the live projections stand");
            inParallel(pool, workers.stream().map(worker -> (Runnable) worker::replay).toList());

            progress("VERIFYING", "building " + indexes.size() + " indexes and comparing checksums");
            boolean equal = verify(pool, indexes);
            if (!equal && !swapWhenDifferent) {
                finish("DIFFERENT", "the rebuilt projections differ from the live ones: see tables; nothing was swapped");
            } else {
                swap();
                finish("SWAPPED", (equal ? "the rebuilt projections equal the live ones" : "the rebuilt projections differ from the live ones")
                        + " and now serve; " + read.get() + " records replayed");
            }
        } catch (RuntimeException e) {
            log.error("rebuild {} failed", id, e);
            finish("FAILED", e.toString());
        } finally {
            workers.forEach(Worker::close);
            pool.shutdownNow();
            if (paused) {
                live().resume();
            }
            if (!"SWAPPED".equals(state)) {
                dropQuietly(REBUILT);
            }
        }
    }

    /** Runs the tasks on the pool and waits for all of them; the first failure fails the rebuild. */
    private static void inParallel(ExecutorService pool, List<Runnable> tasks) {
        List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
        RuntimeException failure = null;
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Fresh projection tables, by the live migrations, with their secondary indexes set aside. */
    private List<IndexDefinition> prepare() {
        dropQuietly(REBUILT);
        dropQuietly(RETIRED);
        Flyway.configure(getClass().getClassLoader())
                .configuration(parts.flyway().getConfiguration())
                .schemas(REBUILT)
                .defaultSchema(REBUILT)
                .createSchemas(true)
                .load()
                .migrate();
        List<String> projectionTables = parts.tables().in(REBUILT);
        for (String table : parts.jdbc().sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = :schema AND table_type = 'BASE TABLE'""")
                .param("schema", REBUILT).query(String.class).list()) {
            if (!projectionTables.contains(table)) {
                parts.jdbc().sql("DROP TABLE " + quoted(REBUILT) + "." + quoted(table)).update();
            }
        }
        List<IndexDefinition> indexes = new ArrayList<>(parts.jdbc().sql("""
                        SELECT i.indexname, i.indexdef FROM pg_indexes i
                        WHERE i.schemaname = :schema
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                          WHERE c.conname = i.indexname AND c.connamespace = CAST(:schema AS regnamespace))
                        ORDER BY i.indexname""")
                .param("schema", REBUILT)
                .query((rs, n) -> new IndexDefinition(rs.getString(1), rs.getString(2)))
                .list());
        indexes.removeIf(index -> READ_WHILE_REPLAYING.contains(index.name()));
        for (IndexDefinition index : indexes) {
            parts.jdbc().sql("DROP INDEX " + quoted(REBUILT) + "." + quoted(index.name())).update();
        }
        // Unique constraints other than primary keys only guard what the claims already ensure.
        List<IndexDefinition> uniques = parts.jdbc().sql("""
                        SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                        WHERE c.connamespace = CAST(:schema AS regnamespace) AND c.contype = 'u'
                        ORDER BY c.conname""")
                .param("schema", REBUILT)
                .query((rs, n) -> new IndexDefinition(rs.getString(2), "ALTER TABLE " + rs.getString(1)
                        + " ADD CONSTRAINT " + quoted(rs.getString(2)) + " " + rs.getString(3)))
                .list();
        for (IndexDefinition unique : uniques) {
            parts.jdbc().sql(unique.definition().replaceFirst(" ADD CONSTRAINT .*$", "") + " DROP CONSTRAINT "
                    + quoted(unique.name())).update();
        }
        indexes.addAll(uniques);
        return indexes;
    }

    private KafkaConsumer<String, CloudEvent> consumer(String name) {
        Map<String, Object> config = new HashMap<>(parts.kafka().buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, parts.batchSize());
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + id + "-" + name);
        return new KafkaConsumer<>(config);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, CloudEvent> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        return partitions;
    }

    /**
     * Replays some of the partitions, each in log order, into the rebuild's tables: a poll's
     * records per transaction. Workers own disjoint partitions, so that each aggregate's events
     * (one partition by key) are applied in order by one of them.
     */
    private final class Worker {

        private final KafkaConsumer<String, CloudEvent> consumer;
        private final List<TopicPartition> partitions;

        Worker(KafkaConsumer<String, CloudEvent> consumer, List<TopicPartition> partitions) {
            this.consumer = consumer;
            this.partitions = partitions;
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Reads every partition of the worker up to its target. */
        void replay() {
            while (!reachedTargets()) {
                if (cancelled) {
                    throw new IllegalStateException("the rebuild was cancelled: the service is stopping");
                }
                ConsumerRecords<String, CloudEvent> records = consumer.poll(Duration.ofMillis(500));
                List<ConsumerRecord<String, CloudEvent>> batch = new ArrayList<>(records.count());
                for (TopicPartition partition : records.partitions()) {
                    long target = targets.getOrDefault(partition, 0L);
                    for (ConsumerRecord<String, CloudEvent> record : records.records(partition)) {
                        if (record.offset() < target) {
                            batch.add(record);
                        }
                    }
                    if (consumer.position(partition) > target) {
                        // what lies beyond the target is read again once the target moves
                        consumer.seek(partition, target);
                    }
                }
                if (!batch.isEmpty()) {
                    Integer fresh = parts.transactions().execute(status -> {
                        parts.jdbc().sql("SET LOCAL search_path TO " + quoted(REBUILT)).update();
                        parts.jdbc().sql("SET LOCAL synchronous_commit TO off").update();
                        return parts.applier().replay(batch, LIVE);
                    });
                    applied.addAndGet(Objects.requireNonNull(fresh));
                    read.addAndGet(batch.size());
                }
                for (TopicPartition partition : partitions) {
                    positions.put(partition, consumer.position(partition));
                }
                logProgress();
            }
        }

        private boolean reachedTargets() {
            return partitions.stream().allMatch(partition ->
                    positions.getOrDefault(partition, 0L) >= targets.getOrDefault(partition, 0L));
        }

        void close() {
            try {
                consumer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("closing a rebuild consumer: {}", e.toString());
            }
        }
    }

    /**
     * Pauses the live listener once it stands at or beyond the rebuild in every partition, and
     * makes where it stands the rebuild's targets.
     */
    private boolean pauseLiveAtOrBeyondRebuild() {
        MessageListenerContainer live = live();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(giveUp)) {
            live.pause();
            awaitPaused(live);
            Map<TopicPartition, Long> liveAt = livePositions();
            boolean liveAhead = positions.entrySet().stream()
                    .allMatch(position -> liveAt.getOrDefault(position.getKey(), 0L) >= position.getValue());
            if (liveAhead) {
                positions.keySet().forEach(partition -> targets.put(partition, liveAt.getOrDefault(partition, 0L)));
                return true;
            }
            live.resume();
            message = "waiting for the live projections to reach the rebuild's position";
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the live projections did not reach the rebuild's position within 10 minutes");
    }

    private static void awaitPaused(MessageListenerContainer live) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (live.isRunning() && !live.isContainerPaused()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the live listener did not pause within 2 minutes");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private Map<TopicPartition, Long> livePositions() {
        Map<TopicPartition, Long> at = new LinkedHashMap<>();
        parts.jdbc().sql("SELECT topic, partition, next_offset FROM " + quoted(LIVE) + ".projection_offset")
                .query((rs, n) -> at.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3)))
                .list();
        return at;
    }

    private MessageListenerContainer live() {
        return Objects.requireNonNull(parts.listeners().getListenerContainer(StreamListener.ID), "no live listener " + StreamListener.ID);
    }

    /**
     * Builds the rebuilt tables' indexes, gathers their statistics and computes every table's
     * checksum, live and rebuilt, all on the workers at once, the biggest tables first (checksums
     * read whole tables and need no index); then compares the checksums.
     */
    private boolean verify(ExecutorService pool, List<IndexDefinition> indexes) {
        List<String> tables = parts.tables().in(LIVE);
        List<String> rebuiltTables = parts.tables().in(REBUILT);
        if (!tables.equals(rebuiltTables)) {
            throw new IllegalStateException("the rebuilt tables " + rebuiltTables + " are not the live ones " + tables);
        }
        Map<String, Long> sizes = new HashMap<>();
        tables.forEach(table -> sizes.put(table, parts.tables().estimatedRows(LIVE, table)));
        List<String> biggestFirst = new ArrayList<>(tables);
        biggestFirst.sort((a, b) -> Long.compare(sizes.get(b), sizes.get(a)));
        Map<String, ProjectionTables.TableChecksum> sums = new java.util.concurrent.ConcurrentHashMap<>();
        List<Runnable> work = new ArrayList<>();
        for (IndexDefinition index : indexes) {
            work.add(() -> parts.transactions().executeWithoutResult(status -> {
                parts.jdbc().sql("SET LOCAL maintenance_work_mem TO '128MB'").update();
                parts.jdbc().sql(index.definition()).update();
            }));
        }
        for (String table : biggestFirst) {
            work.add(() -> sums.put(REBUILT + "." + table, parts.tables().checksum(REBUILT, table)));
            work.add(() -> sums.put(LIVE + "." + table, parts.tables().checksum(LIVE, table)));
        }
        // the statistics move with the tables when they are swapped in
        biggestFirst.forEach(table -> work.add(() ->
                parts.jdbc().sql("ANALYZE " + quoted(REBUILT) + "." + quoted(table)).update()));
        inParallel(pool, work);
        List<RebuildStatus.TableComparison> results = new ArrayList<>();
        for (String table : tables) {
            ProjectionTables.TableChecksum live = sums.get(LIVE + "." + table);
            ProjectionTables.TableChecksum rebuilt = sums.get(REBUILT + "." + table);
            boolean equal = live.checksum().equals(rebuilt.checksum());
            results.add(new RebuildStatus.TableComparison(table, live.rows(), live.checksum(), rebuilt.rows(),
                    rebuilt.checksum(), equal));
            log.info("rebuild {}: {} live {} rebuilt {} {}", id, table, live.checksum(), rebuilt.checksum(),
                    equal ? "equal" : "DIFFERENT");
        }
        comparisons = List.copyOf(results);
        return results.stream().allMatch(RebuildStatus.TableComparison::equal);
    }

    /**
     * Settles the positions of the rebuilt audit entries the live trail lacked when they were
     * replayed (negative until now): the live position when it has them by now, else after the
     * last one. Then moves the rebuilt tables in and the live ones out, in one transaction.
     */
    private void swap() {
        List<String> tables = parts.tables().in(LIVE);
        parts.transactions().executeWithoutResult(status -> {
            String rebuiltAudit = quoted(REBUILT) + ".audit_entry";
            parts.jdbc().sql("UPDATE " + rebuiltAudit + " r SET position = l.position FROM " + quoted(LIVE)
                    + ".audit_entry l WHERE r.position < 0 AND l.source = r.source AND l.event_id = r.event_id").update();
            parts.jdbc().sql("WITH next AS (SELECT position, (SELECT COALESCE(max(position), 0) FROM " + rebuiltAudit
                    + ") + row_number() OVER (ORDER BY position DESC) AS assigned FROM " + rebuiltAudit
                    + " WHERE position < 0) UPDATE " + rebuiltAudit + " r SET position = next.assigned FROM next "
                    + "WHERE r.position = next.position").update();
            parts.jdbc().sql("SELECT setval(pg_get_serial_sequence(:table, 'position'), "
                            + "GREATEST((SELECT COALESCE(max(position), 0) FROM " + rebuiltAudit + "), 1))")
                    .param("table", REBUILT + ".audit_entry")
                    .query().singleRow();
            parts.jdbc().sql("SET LOCAL lock_timeout TO '30s'").update();
            parts.jdbc().sql("CREATE SCHEMA " + quoted(RETIRED)).update();
            for (String table : tables) {
                parts.jdbc().sql("ALTER TABLE " + quoted(LIVE) + "." + quoted(table) + " SET SCHEMA " + quoted(RETIRED)).update();
                parts.jdbc().sql("ALTER TABLE " + quoted(REBUILT) + "." + quoted(table) + " SET SCHEMA " + quoted(LIVE)).update();
            }
        });
        dropQuietly(RETIRED);
        dropQuietly(REBUILT);
        log.info("rebuild {}: the rebuilt projections serve now", id);
    }

    private void dropQuietly(String schema) {
        try {
            parts.jdbc().sql("DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE").update();
        } catch (RuntimeException e) {
            log.warn("rebuild {}: could not drop schema {}: {}", id, schema, e.toString());
        }
    }

    private void progress(String newState, String newMessage) {
        state = newState;
        message = newMessage;
        log.info("rebuild {}: {} — {}", id, newState, newMessage);
    }

    private synchronized void logProgress() {
        if (Duration.between(lastProgress, Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
            lastProgress = Instant.now();
            RebuildStatus status = status();
            log.info("rebuild {}: {} {} of {} records read, {} applied, {} records/s", id, state,
                    status.eventsRead(), status.eventsTotal(), status.eventsApplied(), status.eventsPerSecond());
        }
    }

    private void finish(String finalState, String finalMessage) {
        finishedAt = Instant.now();
        progress(finalState, finalMessage);
        RebuildStatus status = status();
        log.info("rebuild {}: {} records read in {} ms ({} records/s)", id, status.eventsRead(),
                Duration.between(startedAt, finishedAt).toMillis(), status.eventsPerSecond());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record IndexDefinition(String name, String definition) {
    }
}
