package ma.remacto.reporting.chain;

import ma.remacto.events.chain.HashChain;
import ma.remacto.kit.web.Page;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the chain: the heads, the links of a partition, where each partition goes on. */
@Service
public class ChainReads {

    private final JdbcClient jdbc;

    ChainReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The heads in (topic, partition) order, after the given one when there is one. */
    public Page<ChainHeadEntry> heads(TopicPartition after, int limit) {
        List<ChainHeadEntry> rows = jdbc.sql("""
                        SELECT topic, partition, "offset", hash, count, updated_at FROM chain_head
                        WHERE CAST(:topic AS varchar) IS NULL OR (topic, partition) > (:topic, :partition)
                        ORDER BY topic, partition LIMIT :limit""")
                .param("topic", after == null ? null : after.topic())
                .param("partition", after == null ? 0 : after.partition())
                .param("limit", limit + 1)
                .query((rs, n) -> new ChainHeadEntry(rs.getString("topic"), rs.getInt("partition"), rs.getLong("offset"),
                        HashChain.hex(rs.getBytes("hash")), rs.getLong("count"), rs.getTimestamp("updated_at").toInstant()))
                .list();
        return Page.of(rows, limit, head -> head.topic() + "/" + head.partition());
    }

    public Optional<ChainHeadEntry> head(String topic, int partition) {
        return jdbc.sql("""
                        SELECT topic, partition, "offset", hash, count, updated_at FROM chain_head
                        WHERE topic = :topic AND partition = :partition""")
                .param("topic", topic)
                .param("partition", partition)
                .query((rs, n) -> new ChainHeadEntry(rs.getString("topic"), rs.getInt("partition"), rs.getLong("offset"),
                        HashChain.hex(rs.getBytes("hash")), rs.getLong("count"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The links of a partition from an offset on; the next page starts at the cursor's offset. */
    public Page<ChainLink> links(String topic, int partition, long from, int limit) {
        List<ChainLink> rows = jdbc.sql("""
                        SELECT "offset", hash FROM chain_link
                        WHERE topic = :topic AND partition = :partition AND "offset" >= :from
                        ORDER BY "offset" LIMIT :limit""")
                .param("topic", topic)
                .param("partition", partition)
                .param("from", from)
                .param("limit", limit + 1)
                .query((rs, n) -> new ChainLink(topic, partition, rs.getLong("offset"), HashChain.hex(rs.getBytes("hash"))))
                .list();
        return Page.of(rows, limit, link -> Long.toString(link.offset() + 1));
    }

    /** The offset each partition's chain continues from: the one after its head, 0 for a partition not chained yet. */
    public Map<TopicPartition, Long> nextOffsets(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> next = new HashMap<>();
        partitions.forEach(partition -> next.put(partition, 0L));
        jdbc.sql("SELECT topic, partition, \"offset\" FROM chain_head")
                .query((rs, n) -> Map.entry(new TopicPartition(rs.getString("topic"), rs.getInt("partition")),
                        rs.getLong("offset") + 1))
                .list()
                .forEach(head -> next.replace(head.getKey(), head.getValue()));
        return next;
    }
}
