package ma.remacto.reporting.chain;

import java.time.Instant;

/** The head of one partition's chain as the API serves it: the link of the last chained record. */
public record ChainHeadEntry(String topic, int partition, long offset, String hash, long count, Instant updatedAt) {
}
