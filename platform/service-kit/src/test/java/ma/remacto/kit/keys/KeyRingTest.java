package ma.remacto.kit.keys;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRingTest {

    private static final String STRONG = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32});

    @Test
    void aGivenKeyShorterThan32BytesIsRefusedOutsideTheLocalRun() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> KeyRing.decode("ballot", short16, false)).hasMessageContaining("at least 32");
        assertThat(KeyRing.decode("ballot", short16, true)).hasSize(16);
    }

    @Test
    void aKeyTheRepositoryContainsIsRefusedOutsideTheLocalRun() {
        assertThatThrownBy(() -> KeyRing.decode("ballot", "development-ballot-secret-not-for-production", false))
                .hasMessageContaining("published in the platform's repository");
    }

    @Test
    void aStrongKeyOfItsOwnIsAccepted() {
        assertThat(KeyRing.decode("ballot", STRONG, false)).hasSize(32);
    }

    @Test
    void aKeyMustBeBase64() {
        assertThatThrownBy(() -> KeyRing.decode("ballot", "not base64 at all!", false)).hasMessageContaining("base64");
    }
}
