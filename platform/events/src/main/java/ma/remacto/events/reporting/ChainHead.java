package ma.remacto.events.reporting;

/**
 * The head of the hash chain of one topic partition: the link of its last chained record.
 *
 * @param topic     the chained topic
 * @param partition the partition
 * @param offset    the offset of the last chained record
 * @param hash      the chain's link at that offset, lower-case hex SHA-256
 * @param count     how many records are chained (offsets 0 to offset)
 */
public record ChainHead(String topic, int partition, long offset, String hash, long count) {
}
