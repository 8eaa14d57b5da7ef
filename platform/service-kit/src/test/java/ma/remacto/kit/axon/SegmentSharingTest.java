package ma.remacto.kit.axon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentSharingTest {

    @Test
    void theShareIsTheSegmentsDividedByTheInstancesRoundedUp() {
        assertThat(SegmentSharing.share(16, 1)).isEqualTo(16);
        assertThat(SegmentSharing.share(16, 2)).isEqualTo(8);
        assertThat(SegmentSharing.share(16, 3)).isEqualTo(6);
        assertThat(SegmentSharing.share(2, 5)).isEqualTo(1);
    }

    @Test
    void noInstanceCountedStillClaimsEverySegment() {
        assertThat(SegmentSharing.share(16, 0)).isEqualTo(16);
    }
}
