package ma.remacto.reporting.replay;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayWorkersTest {

    private static List<TopicPartition> partitions(int count) {
        return IntStream.range(0, count).mapToObj(p -> new TopicPartition("t", p)).toList();
    }

    @Test
    void partitionsAreDealtOutInTurnSoEachIsReplayedByOneWorker() {
        List<List<TopicPartition>> shares = ReplayWorkers.share(partitions(9), 3);
        assertThat(shares).hasSize(3);
        assertThat(shares.get(0)).extracting(TopicPartition::partition).containsExactly(0, 3, 6);
        assertThat(shares.get(2)).extracting(TopicPartition::partition).containsExactly(2, 5, 8);
        List<TopicPartition> all = new ArrayList<>();
        shares.forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrderElementsOf(partitions(9));
    }

    @Test
    void noWorkerIsLeftWithoutAPartitionAndAtLeastOneWorks() {
        assertThat(ReplayWorkers.share(partitions(2), 5)).hasSize(2).allSatisfy(share -> assertThat(share).hasSize(1));
        assertThat(ReplayWorkers.share(partitions(4), 0)).hasSize(1).first().asList().hasSize(4);
        assertThat(ReplayWorkers.share(List.of(), 3)).hasSize(1).first().asList().isEmpty();
    }
}
