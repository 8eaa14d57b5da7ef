package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.chain.ChainedRecord;
import ma.remacto.events.chain.HashChain;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The chains as anyone holding the topics recomputes them, and reporting's view of them over HTTP. */
final class TestChains {

    private TestChains() {
    }

    /** Every record of the partitions from offset 0 up to the given last offsets, as the log holds them. */
    static Map<TopicPartition, List<ChainedRecord>> records(Map<TopicPartition, Long> lastOffsets) {
        Map<TopicPartition, List<ChainedRecord>> read = new HashMap<>();
        lastOffsets.keySet().forEach(tp -> read.put(tp, new ArrayList<>()));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(lastOffsets.keySet());
            consumer.seekToBeginning(lastOffsets.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lastOffsets.entrySet().stream().anyMatch(last -> consumer.position(last.getKey()) <= last.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("records missing: read " + read);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() <= lastOffsets.get(tp)) {
                        read.get(tp).add(chained(record));
                    }
                }
            }
        }
        return read;
    }

    static ChainedRecord chained(ConsumerRecord<byte[], byte[]> record) {
        List<ChainedRecord.Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new ChainedRecord.Header(header.key(), header.value()));
        }
        return new ChainedRecord(record.topic(), record.partition(), record.offset(), record.key(), headers, record.value());
    }

    /** The links of the records, from the genesis, in hex. */
    static List<String> links(List<ChainedRecord> records) {
        List<String> links = new ArrayList<>();
        byte[] link = HashChain.genesis();
        for (ChainedRecord record : records) {
            link = HashChain.link(link, record);
            links.add(HashChain.hex(link));
        }
        return links;
    }

    /** The heads reporting serves, by partition. */
    static Map<TopicPartition, JsonNode> heads(Api api) {
        Map<TopicPartition, JsonNode> heads = new HashMap<>();
        String after = "";
        do {
            JsonNode page = api.get("/api/chain?limit=2" + (after.isEmpty() ? "" : "&after=" + after)).json();
            page.path("items").forEach(head ->
                    heads.put(new TopicPartition(head.path("topic").asText(), head.path("partition").asInt()), head));
            after = page.path("next").isTextual() ? page.path("next").asText() : "";
        } while (!after.isEmpty());
        return heads;
    }

    /** The links reporting serves for a partition, read in small pages. */
    static List<String> servedLinks(Api api, TopicPartition tp) {
        List<String> links = new ArrayList<>();
        String from = "0";
        while (from != null) {
            JsonNode page = api.get("/api/chain/links?topic=" + tp.topic() + "&partition=" + tp.partition()
                    + "&from=" + from + "&limit=7").json();
            page.path("items").forEach(link -> links.add(link.path("hash").asText()));
            from = page.path("next").isTextual() ? page.path("next").asText() : null;
        }
        return links;
    }

    /** Waits until reporting has chained every written record. */
    static void awaitChained(Api api, List<RecordMetadata> written) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<TopicPartition, JsonNode> heads = heads(api);
            return written.stream().allMatch(record -> {
                JsonNode head = heads.get(new TopicPartition(record.topic(), record.partition()));
                return head != null && head.path("offset").asLong() >= record.offset();
            });
        });
    }
}
