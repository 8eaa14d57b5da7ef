package ma.remacto.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How fast a plain consumer reads the topics from the start, doing nothing with the records:
 * the ceiling a rebuild's replay could approach on the same broker. It fetches as much at a time
 * as the rebuild's consumers do.
 */
final class RawConsume {

    /** @param bytes keys, values and headers read */
    record Result(long records, long bytes, double seconds) {

        double recordsPerSecond() {
            return records / seconds;
        }
    }

    private RawConsume() {
    }

    /** The fastest of a few reads, the first of which also warms this JVM's consumer code. */
    static Result best(String bootstrapServers, List<String> topics, int passes) {
        Result best = null;
        for (int pass = 0; pass < passes; pass++) {
            Result result = measure(bootstrapServers, topics);
            if (best == null || result.recordsPerSecond() > best.recordsPerSecond()) {
                best = result;
            }
        }
        return best;
    }

    static Result measure(String bootstrapServers, List<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-raw-consume"))) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            long start = System.nanoTime();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> reading = new HashSet<>(partitions);
            reading.removeIf(partition -> consumer.position(partition) >= end.get(partition));
            long records = 0;
            long bytes = 0;
            while (!reading.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    bytes += Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
                    for (Header header : record.headers()) {
                        bytes += header.key().length() + (header.value() == null ? 0 : header.value().length);
                    }
                }
                reading.removeIf(partition -> consumer.position(partition) >= end.get(partition));
            }
            return new Result(records, bytes, (System.nanoTime() - start) / 1e9);
        }
    }
}
