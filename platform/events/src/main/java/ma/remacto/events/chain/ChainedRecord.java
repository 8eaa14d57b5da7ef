package ma.remacto.events.chain;

import java.util.List;

/**
 * One record of a topic partition exactly as the log holds it: where it sits, its key, its
 * headers in record order (in CloudEvents binary mode the {@code ce_*} attributes) and its value.
 * A {@code null} key or value (or header value) is not the same as an empty one.
 *
 * @param topic     the topic
 * @param partition the partition of the topic
 * @param offset    the record's offset in the partition
 * @param key       the key bytes, or {@code null}
 * @param headers   every header, in the order the record carries them
 * @param value     the value bytes, or {@code null}
 */
public record ChainedRecord(String topic, int partition, long offset, byte[] key, List<Header> headers, byte[] value) {

    public ChainedRecord {
        headers = List.copyOf(headers);
    }

    /**
     * A record header.
     *
     * @param name  the header's name (UTF-8 on the wire)
     * @param value the header's value bytes, or {@code null}
     */
    public record Header(String name, byte[] value) {
    }
}
