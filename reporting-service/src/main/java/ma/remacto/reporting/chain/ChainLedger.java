package ma.remacto.reporting.chain;

import ma.remacto.events.chain.ChainedRecord;
import ma.remacto.events.chain.HashChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends records to the chain of their partition, strictly in offset order: the links and the new
 * head are written in one transaction, after locking the head, so a redelivered record changes
 * nothing and two consumers of one partition cannot both extend it.
 */
@Service
public class ChainLedger {

    /** What became of a record offered to the chain. */
    public record Appended(Outcome outcome, long expectedOffset) {
    }

    public enum Outcome {
        /** The record is the partition's next: its link is stored and is the new head. */
        CHAINED,
        /** The record was chained before (a redelivery); nothing changed. */
        ALREADY_CHAINED,
        /** The record is past the partition's next offset; it is refused, the chain does not skip records. */
        GAP
    }

    private record Head(long offset, byte[] hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ChainLedger(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Appends one record; see {@link #appendAll(List)}. */
    @Transactional
    public Appended append(ChainedRecord record) {
        return appendAll(List.of(record)).get(key(record.topic(), record.partition()));
    }

    /**
     * Appends records (a poll's, in offset order per partition) in one transaction: per partition,
     * the head is locked once, the links are computed in order and written together, and the head
     * moves once. Answers, per partition ({@code topic/partition}), what became of its records: a
     * gap stops that partition at the record before it.
     */
    @Transactional
    public Map<String, Appended> appendAll(List<ChainedRecord> records) {
        Map<String, List<ChainedRecord>> byPartition = new LinkedHashMap<>();
        for (ChainedRecord record : records) {
            byPartition.computeIfAbsent(key(record.topic(), record.partition()), k -> new ArrayList<>()).add(record);
        }
        Map<String, Appended> outcomes = new LinkedHashMap<>();
        byPartition.forEach((partition, own) -> outcomes.put(partition, appendToPartition(own)));
        return outcomes;
    }

    private Appended appendToPartition(List<ChainedRecord> records) {
        ChainedRecord first = records.get(0);
        Optional<Head> head = jdbc.sql("""
                        SELECT "offset", hash FROM chain_head WHERE topic = :topic AND partition = :partition
                        FOR UPDATE""")
                .param("topic", first.topic())
                .param("partition", first.partition())
                .query((rs, n) -> new Head(rs.getLong("offset"), rs.getBytes("hash")))
                .optional();
        long expected = head.map(h -> h.offset() + 1).orElse(0L);
        byte[] hash = head.map(Head::hash).orElseGet(HashChain::genesis);
        Outcome outcome = Outcome.ALREADY_CHAINED;
        List<Object[]> links = new ArrayList<>();
        for (ChainedRecord record : records) {
            if (record.offset() < expected) {
                continue;
            }
            if (record.offset() > expected) {
                outcome = Outcome.GAP;
                break;
            }
            hash = HashChain.link(hash, record);
            links.add(new Object[]{record.topic(), record.partition(), record.offset(), hash});
            expected++;
            outcome = Outcome.CHAINED;
        }
        if (links.isEmpty()) {
            return new Appended(outcome, expected);
        }
        template.batchUpdate("INSERT INTO chain_link (topic, partition, \"offset\", hash) VALUES (?, ?, ?, ?)", links);
        // Two consumers racing on a partition's first record: the second insert violates the key,
        // its transaction rolls back and the records are retried, then found chained.
        String headChange = head.isPresent()
                ? """
                  UPDATE chain_head SET "offset" = :offset, hash = :hash, count = count + :count, updated_at = now()
                  WHERE topic = :topic AND partition = :partition"""
                : """
                  INSERT INTO chain_head (topic, partition, "offset", hash, count, updated_at)
                  VALUES (:topic, :partition, :offset, :hash, :count, now())""";
        jdbc.sql(headChange)
                .param("topic", first.topic())
                .param("partition", first.partition())
                .param("offset", expected - 1)
                .param("hash", hash)
                .param("count", links.size())
                .update();
        return new Appended(outcome, expected);
    }

    static String key(String topic, int partition) {
        return topic + "/" + partition;
    }
}
