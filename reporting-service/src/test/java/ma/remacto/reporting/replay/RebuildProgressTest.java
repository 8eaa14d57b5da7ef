package ma.remacto.reporting.replay;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildProgressTest {

    private static final TopicPartition NETWORK_0 = new TopicPartition("remacto.network.v1", 0);
    private static final TopicPartition NETWORK_1 = new TopicPartition("remacto.network.v1", 1);
    private static final TopicPartition PROGRAMS_0 = new TopicPartition("remacto.programs.v1", 0);

    private RebuildProgress started() {
        RebuildProgress progress = new RebuildProgress();
        progress.start(Map.of(NETWORK_0, 0L, NETWORK_1, 0L, PROGRAMS_0, 3L),
                Map.of(NETWORK_0, 10L, NETWORK_1, 0L, PROGRAMS_0, 5L));
        return progress;
    }

    @Test
    void aPartitionIsReachedAtItsTargetAndAnEmptyOneAtOnce() {
        RebuildProgress progress = started();
        assertThat(progress.reached(List.of(NETWORK_1))).isTrue();
        assertThat(progress.reached(List.of(NETWORK_0, NETWORK_1))).isFalse();
        progress.movedTo(NETWORK_0, 10);
        assertThat(progress.reached(List.of(NETWORK_0, NETWORK_1))).isTrue();
        assertThat(progress.reached(List.of(PROGRAMS_0))).isFalse();
    }

    @Test
    void theLiveProjectionsMustStandAtOrBeyondTheReplayInEveryPartitionItReads() {
        RebuildProgress progress = started();
        progress.movedTo(NETWORK_0, 10);
        progress.movedTo(PROGRAMS_0, 5);
        assertThat(progress.liveAtOrBeyond(Map.of(NETWORK_0, 10L, PROGRAMS_0, 4L))).isFalse();
        assertThat(progress.liveAtOrBeyond(Map.of(NETWORK_0, 12L, PROGRAMS_0, 5L))).isTrue();

        progress.targetLive(Map.of(NETWORK_0, 12L, PROGRAMS_0, 5L));
        assertThat(progress.target(NETWORK_0)).isEqualTo(12);
        assertThat(progress.target(NETWORK_1)).as("a partition the live projections never took a record of").isZero();
        assertThat(progress.reached(List.of(NETWORK_0))).isFalse();
        assertThat(progress.total()).isEqualTo(17);
    }

    @Test
    void countsRecordsAndTellsEveryPartitionInOrder() {
        RebuildProgress progress = started();
        progress.replayed(100, 90);
        progress.replayed(50, 50);
        assertThat(progress.read()).isEqualTo(150);
        assertThat(progress.applied()).isEqualTo(140);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(progress.perSecond(from, from.plusSeconds(3))).isEqualTo(50);
        assertThat(progress.perSecond(from, from)).as("no division by zero").isEqualTo(150_000);
        assertThat(progress.partitions()).extracting(p -> p.topic() + "-" + p.partition() + ":" + p.position() + "/" + p.target())
                .containsExactly("remacto.network.v1-0:0/10", "remacto.network.v1-1:0/0", "remacto.programs.v1-0:3/5");
    }
}
