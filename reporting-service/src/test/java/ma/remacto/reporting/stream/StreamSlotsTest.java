package ma.remacto.reporting.stream;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamSlotsTest {

    private final StreamSlots slots = new StreamSlots(2, Duration.ofSeconds(30));

    @Test
    void aCallerHoldsAtMostTheCapAndAFreedSlotMayBeTakenAgain() {
        slots.take("p-analyst");
        slots.take("p-analyst");
        assertThatThrownBy(() -> slots.take("p-analyst"))
                .isInstanceOfSatisfying(TooManyStreams.class, refused -> {
                    assertThat(refused.code()).isEqualTo("too-many-streams");
                    assertThat(refused.status().value()).isEqualTo(429);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
        slots.release("p-analyst");
        assertThatNoException().isThrownBy(() -> slots.take("p-analyst"));
        assertThatThrownBy(() -> slots.take("p-analyst")).isInstanceOf(TooManyStreams.class);
    }

    @Test
    void eachCallerHasSlotsOfTheirOwn() {
        slots.take("p-one");
        slots.take("p-one");
        assertThatNoException().isThrownBy(() -> slots.take("p-two"));
    }

    @Test
    void aRefusedRequestTakesNoSlot() {
        slots.take("p-one");
        slots.take("p-one");
        assertThatThrownBy(() -> slots.take("p-one")).isInstanceOf(TooManyStreams.class);
        slots.release("p-one");
        slots.release("p-one");
        slots.take("p-one");
        assertThatNoException().isThrownBy(() -> slots.take("p-one"));
    }

    @Test
    void aCapBelowOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new StreamSlots(0, Duration.ofSeconds(30))).isInstanceOf(IllegalStateException.class);
    }
}
