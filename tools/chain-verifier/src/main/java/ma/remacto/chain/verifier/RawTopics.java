package ma.remacto.chain.verifier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the records of topic partitions as the log holds them (raw bytes), from their first record. */
final class RawTopics implements AutoCloseable {

    private static final Duration STALL = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;

    RawTopics(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The partitions of a topic, in order; empty when the topic does not exist. */
    List<Integer> partitions(String topic) {
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            return infos == null ? List.of() : infos.stream().map(PartitionInfo::partition).sorted().toList();
        } catch (KafkaException e) {
            throw new Unreachable("cannot read the partitions of " + topic + " from Kafka: " + e.getMessage(), e);
        }
    }

    /** The offset after the last record of a partition, now. */
    long end(String topic, int partition) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try {
            return consumer.endOffsets(List.of(tp)).get(tp);
        } catch (KafkaException e) {
            throw new Unreachable("cannot read the end of " + tp + " from Kafka: " + e.getMessage(), e);
        }
    }

    /** Hands every record of the partition before {@code end} to the reader, in offset order. */
    void read(String topic, int partition, long end, Consumer<ConsumerRecord<byte[], byte[]>> reader) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try {
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long lastProgress = System.nanoTime();
            while (consumer.position(tp) < end) {
                List<ConsumerRecord<byte[], byte[]>> records = consumer.poll(Duration.ofMillis(500)).records(tp);
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                    throw new Unreachable("no record of " + tp + " arrived for " + STALL.toSeconds() + " s at offset "
                            + consumer.position(tp) + " of " + end);
                }
                records.stream()
                        .filter(record -> record.offset() < end)
                        .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                        .forEach(reader);
            }
        } catch (KafkaException e) {
            throw new Unreachable("cannot read " + tp + " from Kafka: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
