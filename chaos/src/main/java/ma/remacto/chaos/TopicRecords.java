package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every record of the context topics, read from offset 0 to the end with a plain consumer: what
 * CloudEvent (binary mode: {@code ce_*} headers) each carries, and for the events the checks
 * follow, the fields they compare.
 */
final class TopicRecords {

    static final List<String> TOPICS = List.of(Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS);

    /** One record: where it is, its CloudEvent's id, type, subject and source, and the compared field. */
    record Record(String topic, int partition, long offset, String id, String type, String subject, String source,
                  String value) {
    }

    final List<Record> records = new ArrayList<>();
    final Map<TopicPartition, Long> ends = new HashMap<>();

    static Properties consumer(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return config;
    }

    static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        return partitions;
    }

    /** The end offset of every partition of the context topics. */
    static Map<TopicPartition, Long> ends(String bootstrap) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumer(bootstrap))) {
            return consumer.endOffsets(partitions(consumer), Duration.ofSeconds(30));
        }
    }

    static TopicRecords read(String bootstrap) {
        TopicRecords all = new TopicRecords();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumer(bootstrap))) {
            List<TopicPartition> partitions = partitions(consumer);
            all.ends.putAll(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long wanted = all.ends.values().stream().mapToLong(Long::longValue).sum();
            long read = 0;
            long idleSince = System.nanoTime();
            while (read < wanted) {
                var batch = consumer.poll(Duration.ofMillis(500));
                if (batch.isEmpty() && System.nanoTime() - idleSince > 60_000_000_000L) {
                    throw new IllegalStateException("reading the topics stalled at " + read + " of " + wanted + " records");
                }
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    idleSince = System.nanoTime();
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= all.ends.get(partition)) {
                        continue;
                    }
                    all.records.add(decode(record));
                    read++;
                }
            }
        }
        return all;
    }

    private static Record decode(ConsumerRecord<byte[], byte[]> record) {
        String type = header(record, "ce_type");
        return new Record(record.topic(), record.partition(), record.offset(), header(record, "ce_id"), type,
                header(record, "ce_subject"), header(record, "ce_source"), compared(type, record.value()));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The field a check compares: a proposal's id, a vote's choice, a project's number and cost. */
    static String compared(String type, byte[] data) {
        if (type == null || data == null) {
            return null;
        }
        try {
            if (type.contains(".ProposalSubmitted.")) {
                return Gateway.JSON.readTree(data).path("proposalId").asText();
            }
            if (type.contains(".VoteCast.")) {
                return Gateway.JSON.readTree(data).path("choice").asText();
            }
            if (type.contains(".ProjectAdded.") || type.contains(".ProjectEdited.")) {
                JsonNode json = Gateway.JSON.readTree(data);
                return json.path("number").asInt() + "=" + json.path("costMad").decimalValue().stripTrailingZeros().toPlainString();
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return null;
    }
}
