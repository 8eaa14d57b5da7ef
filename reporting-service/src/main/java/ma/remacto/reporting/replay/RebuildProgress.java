package ma.remacto.reporting.replay;

import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a rebuild's replay has come: its position and target in every topic partition, and
 * the records read and applied. Workers on several threads write it; the status reads it.
 */
final class RebuildProgress {

    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> targets = new ConcurrentHashMap<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();

    void start(Map<TopicPartition, Long> firstOffsets, Map<TopicPartition, Long> endOffsets) {
        positions.putAll(firstOffsets);
        targets.putAll(endOffsets);
    }

    void movedTo(TopicPartition partition, long position) {
        positions.put(partition, position);
    }

    void replayed(int records, int fresh) {
        read.addAndGet(records);
        applied.addAndGet(fresh);
    }

    long target(TopicPartition partition) {
        return targets.getOrDefault(partition, 0L);
    }

    /** Whether every one of these partitions stands at its target. */
    boolean reached(Collection<TopicPartition> partitions) {
        return partitions.stream().allMatch(partition -> positions.getOrDefault(partition, 0L) >= target(partition));
    }

    /** Whether the live projections stand at or beyond the replay in every partition the replay reads. */
    boolean liveAtOrBeyond(Map<TopicPartition, Long> live) {
        return positions.entrySet().stream()
                .allMatch(position -> live.getOrDefault(position.getKey(), 0L) >= position.getValue());
    }

    /** Makes where the live projections stand the targets of every partition the replay reads. */
    void targetLive(Map<TopicPartition, Long> live) {
        positions.keySet().forEach(partition -> targets.put(partition, live.getOrDefault(partition, 0L)));
    }

    long read() {
        return read.get();
    }

    long applied() {
        return applied.get();
    }

    long total() {
        return targets.values().stream().mapToLong(Long::longValue).sum();
    }

    long perSecond(Instant from, Instant to) {
        return read.get() * 1000 / Math.max(1, Duration.between(from, to).toMillis());
    }

    /** Position and target per partition, by topic then partition. */
    List<RebuildStatus.PartitionProgress> partitions() {
        List<RebuildStatus.PartitionProgress> list = new ArrayList<>();
        targets.forEach((partition, target) -> list.add(new RebuildStatus.PartitionProgress(
                partition.topic(), partition.partition(), positions.getOrDefault(partition, 0L), target)));
        list.sort(Comparator.comparing(RebuildStatus.PartitionProgress::topic)
                .thenComparingInt(RebuildStatus.PartitionProgress::partition));
        return list;
    }
}
