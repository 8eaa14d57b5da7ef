package ma.remacto.reporting.replay;

import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.reporting.inbound.EventApplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

import static ma.remacto.reporting.replay.ProjectionTables.quoted;

/**
 * The replay: workers, each with a Kafka consumer of its own (no group), share the topic
 * partitions out and replay them into the rebuild's tables, each partition (so each aggregate)
 * in log order by one worker, a poll's records per transaction, through the same
 * {@link EventApplier} as the live listener. They read up to the progress's targets, which a
 * second pass moves to where the live projections stand.
 */
final class ReplayWorkers implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS);
    private static final Logger log = LoggerFactory.getLogger(ReplayWorkers.class);

    /** What the workers work with. */
    record Setup(JdbcClient jdbc, TransactionTemplate transactions, EventApplier applier, KafkaProperties kafka,
                 int batchSize, int workers) {
    }

    private final Setup setup;
    private final String rebuildId;
    private final RebuildProgress progress;
    private final BooleanSupplier cancelled;
    private final Runnable afterPoll;
    private final List<Worker> workers = new ArrayList<>();

    ReplayWorkers(Setup setup, String rebuildId, RebuildProgress progress, BooleanSupplier cancelled, Runnable afterPoll) {
        this.setup = setup;
        this.rebuildId = rebuildId;
        this.progress = progress;
        this.cancelled = cancelled;
        this.afterPoll = afterPoll;
    }

    /** Finds the topics' partitions, their first and end offsets, and gives each worker its share; answers the partitions. */
    int start() {
        List<TopicPartition> partitions;
        try (KafkaConsumer<String, CloudEvent> probe = consumer("probe")) {
            partitions = partitions(probe);
            progress.start(probe.beginningOffsets(partitions), probe.endOffsets(partitions));
        }
        for (List<TopicPartition> share : share(partitions, setup.workers())) {
            workers.add(new Worker(consumer("w" + workers.size()), share));
        }
        return partitions.size();
    }

    int size() {
        return workers.size();
    }

    /** Replays every worker's partitions up to their targets, the workers at once. */
    void replay(ExecutorService pool) {
        Parallel.run(pool, workers.stream().map(worker -> (Runnable) worker::replay).toList());
    }

    /**
     * The partitions dealt out in turn to at most {@code workers} workers (at least one); a
     * worker never gets none.
     */
    static List<List<TopicPartition>> share(List<TopicPartition> partitions, int workers) {
        int count = Math.max(1, Math.min(workers, partitions.size()));
        List<List<TopicPartition>> shares = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            List<TopicPartition> own = new ArrayList<>();
            for (int p = w; p < partitions.size(); p += count) {
                own.add(partitions.get(p));
            }
            shares.add(own);
        }
        return shares;
    }

    private KafkaConsumer<String, CloudEvent> consumer(String name) {
        Map<String, Object> config = new HashMap<>(setup.kafka().buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, setup.batchSize());
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + rebuildId + "-" + name);
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

    @Override
    public void close() {
        workers.forEach(Worker::close);
    }

    /** Replays its partitions, each in log order, into the rebuild's tables. */
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
            while (!progress.reached(partitions)) {
                if (cancelled.getAsBoolean()) {
                    throw new IllegalStateException("the rebuild was cancelled: the service is stopping");
                }
                ConsumerRecords<String, CloudEvent> records = consumer.poll(Duration.ofMillis(500));
                List<ConsumerRecord<String, CloudEvent>> batch = new ArrayList<>(records.count());
                for (TopicPartition partition : records.partitions()) {
                    long target = progress.target(partition);
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
                    Integer fresh = setup.transactions().execute(status -> {
                        setup.jdbc().sql("SET LOCAL search_path TO " + quoted(RebuildSchema.REBUILT)).update();
                        setup.jdbc().sql("SET LOCAL synchronous_commit TO off").update();
                        return setup.applier().replay(batch, RebuildSchema.LIVE);
                    });
                    progress.replayed(batch.size(), Objects.requireNonNull(fresh));
                }
                for (TopicPartition partition : partitions) {
                    progress.movedTo(partition, consumer.position(partition));
                }
                afterPoll.run();
            }
        }

        void close() {
            try {
                consumer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("closing a rebuild consumer: {}", e.toString());
            }
        }
    }
}
