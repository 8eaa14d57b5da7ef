package ma.remacto.chaos;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Duplicated and reordered deliveries: records already on the context topics are read back and
 * produced again to their own partitions (same key, headers and value), shuffled, as a producer's
 * retry or a replay would. Consumers must recognise them by their CloudEvent id.
 */
final class Redelivery {

    private Redelivery() {
    }

    /** Produces {@code count} records again, chosen among each partition's latest; answers how many went. */
    static int deliverAgain(String bootstrap, int count, Random random) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> candidates = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicRecords.consumer(bootstrap))) {
            List<TopicPartition> partitions = TopicRecords.partitions(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            consumer.assign(partitions);
            long wanted = 0;
            for (TopicPartition partition : partitions) {
                long from = Math.max(0, ends.get(partition) - 300);
                consumer.seek(partition, from);
                wanted += ends.get(partition) - from;
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (candidates.size() < wanted && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        candidates.add(record);
                    }
                }
            }
        }
        Collections.shuffle(candidates, random);
        List<ConsumerRecord<byte[], byte[]>> chosen = candidates.subList(0, Math.min(count, candidates.size()));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            for (ConsumerRecord<byte[], byte[]> record : chosen) {
                producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                        record.headers())).get(30, TimeUnit.SECONDS);
            }
        }
        return chosen.size();
    }
}
