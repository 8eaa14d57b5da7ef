package ma.remacto.reporting.chain;

/** The chain's link at one record of a partition, lower-case hex. */
public record ChainLink(String topic, int partition, long offset, String hash) {
}
