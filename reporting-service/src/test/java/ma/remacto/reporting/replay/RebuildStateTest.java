package ma.remacto.reporting.replay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildStateTest {

    @Test
    void workingStatesFollowEachOtherInOrder() {
        assertThat(RebuildState.PREPARING.mayBecome(RebuildState.REPLAYING)).isTrue();
        assertThat(RebuildState.REPLAYING.mayBecome(RebuildState.CATCHING_UP)).isTrue();
        assertThat(RebuildState.CATCHING_UP.mayBecome(RebuildState.VERIFYING)).isTrue();
        assertThat(RebuildState.PREPARING.mayBecome(RebuildState.CATCHING_UP)).isFalse();
        assertThat(RebuildState.VERIFYING.mayBecome(RebuildState.REPLAYING)).isFalse();
    }

    @Test
    void onlyAVerifiedRebuildIsSwappedInWhileAnyWorkingStateMayFailOrDiffer() {
        for (RebuildState working : new RebuildState[]{RebuildState.PREPARING, RebuildState.REPLAYING, RebuildState.CATCHING_UP}) {
            assertThat(working.mayBecome(RebuildState.SWAPPED)).as(working.name()).isFalse();
            assertThat(working.mayBecome(RebuildState.FAILED)).as(working.name()).isTrue();
        }
        assertThat(RebuildState.VERIFYING.mayBecome(RebuildState.SWAPPED)).isTrue();
        assertThat(RebuildState.VERIFYING.mayBecome(RebuildState.DIFFERENT)).isTrue();
    }

    @Test
    void anEndedRebuildGoesNowhere() {
        for (RebuildState end : new RebuildState[]{RebuildState.SWAPPED, RebuildState.DIFFERENT, RebuildState.FAILED}) {
            assertThat(end.ended()).isTrue();
            for (RebuildState next : RebuildState.values()) {
                assertThat(end.mayBecome(next)).as(end + " to " + next).isFalse();
            }
        }
        assertThat(RebuildState.VERIFYING.ended()).isFalse();
    }
}
