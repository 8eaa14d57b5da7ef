package ma.remacto.reporting.replay;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands, as {@code GET /api/admin/projections} shows it.
 *
 * @param rebuildId       this rebuild's id
 * @param state           where it stands
 * @param requestedBy     the pseudonym of the operator who asked for it
 * @param swapWhenDifferent whether the rebuilt tables replace the live ones even when they differ
 * @param startedAt       when it started
 * @param finishedAt      when it ended; null while it runs
 * @param eventsRead      records read from the topics so far
 * @param eventsApplied   events applied (records met before, and so skipped, are not counted)
 * @param eventsTotal     records to read, as far as is known (grows while the live topics grow)
 * @param eventsPerSecond records read per second, over the replay so far
 * @param partitions      the position of the rebuild in each topic partition
 * @param tables          live and rebuilt checksums, once verified
 * @param message         what happened, in words
 */
public record RebuildStatus(
        String rebuildId,
        RebuildState state,
        String requestedBy,
        boolean swapWhenDifferent,
        Instant startedAt,
        Instant finishedAt,
        long eventsRead,
        long eventsApplied,
        long eventsTotal,
        long eventsPerSecond,
        List<PartitionProgress> partitions,
        List<TableComparison> tables,
        String message) {

    /** This status, ended as FAILED for the reason given (the instance running it stopped). */
    public RebuildStatus abandoned(String reason) {
        return new RebuildStatus(rebuildId, RebuildState.FAILED, requestedBy, swapWhenDifferent, startedAt, finishedAt,
                eventsRead, eventsApplied, eventsTotal, eventsPerSecond, partitions, tables, reason);
    }

    /** The rebuild's position in one topic partition, and how far it goes. */
    public record PartitionProgress(String topic, int partition, long position, long target) {
    }

    /** One projection table, live and rebuilt. */
    public record TableComparison(String table, long liveRows, String liveChecksum, long rebuiltRows,
                                  String rebuiltChecksum, boolean equal) {
    }
}
