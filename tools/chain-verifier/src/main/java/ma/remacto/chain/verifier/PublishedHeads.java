package ma.remacto.chain.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.reporting.ChainHeadsPublishedEvent;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The heads reporting-service published on the heads topic: every snapshot, read from the
 * topic's beginning. Each head is the chain's link at one offset of one partition.
 */
final class PublishedHeads implements ExpectedChain {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = PublishedLanguage.typeOf(ChainHeadsPublishedEvent.class);

    /** topic, then partition, then offset to link. */
    private final Map<String, Map<Integer, TreeMap<Long, String>>> heads = new HashMap<>();

    PublishedHeads(RawTopics kafka, String headsTopic) {
        List<Integer> partitions = kafka.partitions(headsTopic);
        if (partitions.isEmpty()) {
            throw new Unreachable("the heads topic " + headsTopic + " does not exist");
        }
        for (int partition : partitions) {
            kafka.read(headsTopic, partition, kafka.end(headsTopic, partition), record -> {
                Header type = record.headers().lastHeader("ce_type");
                if (type != null && TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                    add(record.value());
                }
            });
        }
    }

    private void add(byte[] snapshot) {
        try {
            for (JsonNode head : JSON.readTree(snapshot).path("heads")) {
                heads.computeIfAbsent(head.path("topic").asText(), t -> new HashMap<>())
                        .computeIfAbsent(head.path("partition").asInt(), p -> new TreeMap<>())
                        .putIfAbsent(head.path("offset").asLong(), head.path("hash").asText());
            }
        } catch (IOException e) {
            throw new Unreachable("a heads snapshot is not JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "published head";
    }

    @Override
    public boolean everyOffset() {
        return false;
    }

    @Override
    public Map<Integer, Long> heads(String topic) {
        return heads.getOrDefault(topic, Map.of()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, partition -> partition.getValue().lastKey()));
    }

    @Override
    public Iterator<Link> links(String topic, int partition) {
        return heads.getOrDefault(topic, Map.of()).getOrDefault(partition, new TreeMap<>()).entrySet().stream()
                .map(head -> new Link(head.getKey(), head.getValue()))
                .iterator();
    }
}
