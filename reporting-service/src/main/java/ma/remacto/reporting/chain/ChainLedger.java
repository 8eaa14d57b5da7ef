package ma.remacto.reporting.chain;

import ma.remacto.events.chain.ChainedRecord;
import ma.remacto.events.chain.HashChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Appends records to the chain of their partition, strictly in offset order: the link and the new
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

    ChainLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Appended append(ChainedRecord record) {
        Optional<Head> head = jdbc.sql("""
                        SELECT "offset", hash FROM chain_head WHERE topic = :topic AND partition = :partition
                        FOR UPDATE""")
                .param("topic", record.topic())
                .param("partition", record.partition())
                .query((rs, n) -> new Head(rs.getLong("offset"), rs.getBytes("hash")))
                .optional();
        long expected = head.map(h -> h.offset() + 1).orElse(0L);
        if (record.offset() < expected) {
            return new Appended(Outcome.ALREADY_CHAINED, expected);
        }
        if (record.offset() > expected) {
            return new Appended(Outcome.GAP, expected);
        }
        byte[] link = HashChain.link(head.map(Head::hash).orElseGet(HashChain::genesis), record);
        jdbc.sql("""
                        INSERT INTO chain_link (topic, partition, "offset", hash)
                        VALUES (:topic, :partition, :offset, :hash)""")
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("hash", link)
                .update();
        // Two consumers racing on a partition's first record: the second insert violates the key,
        // its transaction rolls back and the record is retried, then found chained.
        String headChange = head.isPresent()
                ? """
                  UPDATE chain_head SET "offset" = :offset, hash = :hash, count = count + 1, updated_at = now()
                  WHERE topic = :topic AND partition = :partition"""
                : """
                  INSERT INTO chain_head (topic, partition, "offset", hash, count, updated_at)
                  VALUES (:topic, :partition, :offset, :hash, 1, now())""";
        jdbc.sql(headChange)
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("hash", link)
                .update();
        return new Appended(Outcome.CHAINED, expected);
    }
}
