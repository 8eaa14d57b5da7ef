package ma.remacto.tokens;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final AtomicBoolean valid = new AtomicBoolean(true);
    private final VerifiedTokens tokens = new VerifiedTokens(
            jwt -> valid.get() ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "expired", null)),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            });

    private static Jwt jwt(String subject) {
        return Jwt.withTokenValue("t-" + subject).header("alg", "RS256").subject(subject)
                .expiresAt(Instant.parse("2026-12-01T11:00:00Z")).build();
    }

    @Test
    void aVerifiedTokenIsRecalledByItsExactTextOnly() {
        tokens.remember("abc.def.ghi", jwt("citizen-1"));
        assertThat(tokens.recall("abc.def.ghi").getSubject()).isEqualTo("citizen-1");
        assertThat(tokens.recall("abc.def.ghj")).isNull();
    }

    @Test
    void everyRecallChecksThePolicyAgainAndForgetsATokenThatNoLongerPasses() {
        tokens.remember("token", jwt("citizen-1"));
        valid.set(false);
        assertThat(tokens.recall("token")).isNull();
        valid.set(true);
        assertThat(tokens.recall("token")).as("forgotten, so verified in full again").isNull();
    }

    @Test
    void aSignatureIsReliedOnForFiveMinutesAtMost() {
        tokens.remember("token", jwt("citizen-1"));
        now.set(now.get().plus(VerifiedTokens.REMEMBERED_FOR).minusSeconds(1));
        assertThat(tokens.recall("token")).isNotNull();
        now.set(now.get().plusSeconds(1));
        assertThat(tokens.recall("token")).isNull();
    }

    @Test
    void theLeastRecentlyUsedTokensMakeRoom() {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.remember("token-" + i, jwt("citizen-" + i));
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        assertThat(tokens.recall("token-0")).isNull();
        assertThat(tokens.recall("token-" + VerifiedTokens.CAPACITY)).isNotNull();
    }
}
