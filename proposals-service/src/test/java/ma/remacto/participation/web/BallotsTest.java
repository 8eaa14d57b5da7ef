package ma.remacto.participation.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotsTest {

    private final Ballots ballots = new Ballots(new BallotProperties("a-test-secret-of-some-length"));

    @Test
    void aBallotIdIsTheHmacOfConsultationAndSubjectInBase64UrlWithoutPadding() {
        // Computed independently: base64url(HMAC-SHA256("a-test-secret-of-some-length", "draft:citizen-1")), no padding.
        assertThat(ballots.of("draft", "citizen-1")).isEqualTo("hTUBpaU6bGzurbIGzNnmiVQbQwTLRiamuBNL-Rgr84E");
        assertThat(ballots.of("draft", "citizen-2")).isEqualTo("4R_T0e3ka41bMJ-It5IjrUkBrJ0JPKoejudNM66gsPo");
    }

    @Test
    void aCitizenHasUnlinkableBallotsAcrossConsultations() {
        assertThat(ballots.of("other", "citizen-1")).isEqualTo("T_3F4LBUHpWoPbgb_AIsPjCkwWfwpDpGRsYy_RFbkLA")
                .isNotEqualTo(ballots.of("draft", "citizen-1"));
        assertThat(new Ballots(new BallotProperties("another-secret-of-some-length")).of("draft", "citizen-1"))
                .isNotEqualTo(ballots.of("draft", "citizen-1"));
    }

    @Test
    void theSecretMustBeSet() {
        assertThatThrownBy(() -> new BallotProperties(null)).hasMessageContaining("remacto.ballots.secret");
        assertThatThrownBy(() -> new BallotProperties("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
