package ma.remacto.chain.verifier;

import java.util.Iterator;
import java.util.Map;

/** What a verified chain is compared with: links recorded by someone else, at some or all offsets. */
interface ExpectedChain {

    /** An expected link: the chain's hash (lower-case hex) at an offset. */
    record Link(long offset, String hash) {
    }

    /** How the output names this source, e.g. {@code reporting link}. */
    String name();

    /** Whether every offset has a link (then a mismatch is the exact record), or only some (heads). */
    boolean everyOffset();

    /** The offset of the last expected link of each partition of the topic, read before the stream. */
    Map<Integer, Long> heads(String topic);

    /** The expected links of a partition, in offset order. */
    Iterator<Link> links(String topic, int partition);
}
