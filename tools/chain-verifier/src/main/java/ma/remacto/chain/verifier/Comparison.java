package ma.remacto.chain.verifier;

import java.util.Iterator;

/**
 * One partition's recomputed links compared, in offset order, with one source's expected links.
 * It keeps the first disagreement only: every later link depends on it.
 */
final class Comparison {

    private final ExpectedChain source;
    private final String topic;
    private final int partition;
    private final Iterator<ExpectedChain.Link> expected;
    private final Long headBefore;
    private ExpectedChain.Link next;
    private long compared;
    private long lastAgreed = -1;
    private String mismatch;

    /** {@code headBefore}: the source's last link when the verification began ({@code null} if none). */
    Comparison(ExpectedChain source, String topic, int partition, Long headBefore) {
        this.source = source;
        this.topic = topic;
        this.partition = partition;
        this.headBefore = headBefore;
        this.expected = source.links(topic, partition);
        this.next = expected.hasNext() ? expected.next() : null;
    }

    /** The recomputed link of the record at this offset (records come in offset order). */
    void accept(long offset, String link) {
        if (mismatch != null) {
            return;
        }
        if (next != null && next.offset() < offset) {
            disagree(next.offset(), next.hash(), "no record");
            return;
        }
        if (next != null && next.offset() == offset) {
            if (next.hash().equals(link)) {
                compared++;
                lastAgreed = offset;
                next = expected.hasNext() ? expected.next() : null;
            } else {
                disagree(offset, next.hash(), link);
            }
        }
    }

    /**
     * After the last record read ({@code end} is the offset after it): links the source recorded
     * before the verification began but the stream does not hold are missing records, unless the
     * stream is a copy that may have been taken earlier.
     */
    void finish(long end, boolean copy) {
        if (mismatch == null && !copy && headBefore != null && headBefore >= end) {
            disagree(end, "a link up to offset " + headBefore, "no record from offset " + end);
        }
    }

    boolean matches() {
        return mismatch == null;
    }

    long compared() {
        return compared;
    }

    String mismatch() {
        return mismatch;
    }

    String source() {
        return source.name();
    }

    private void disagree(long offset, String expectedHash, String recomputed) {
        mismatch = "MISMATCH at topic " + topic + " partition " + partition + " offset " + offset + ": expected "
                + expectedHash + ", recomputed " + recomputed + " (" + source.name() + ")";
        if (!source.everyOffset()) {
            mismatch += "; the first altered record is at an offset from " + (lastAgreed + 1) + " to " + offset;
        }
    }
}
