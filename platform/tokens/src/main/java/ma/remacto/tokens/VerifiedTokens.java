package ma.remacto.tokens;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens whose signature was verified lately, by their exact text, so that a client sending the
 * same token again costs no second signature check. Only a token that passed every check is
 * remembered; on every later use the token policy's validator runs again on it (expiry, not
 * before, issuer, audience), and it is forgotten after {@link #REMEMBERED_FOR} at most, so a key
 * withdrawn from the provider stops being honoured within that time. A different text, however
 * small the difference, is a different token and is verified in full.
 */
final class VerifiedTokens {

    /** The longest a verified signature is relied on. */
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int CAPACITY = 4096;

    private record Verified(Jwt jwt, Instant until) {
    }

    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private final Map<String, Verified> verified = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedTokens(OAuth2TokenValidator<Jwt> validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The token's claims if its signature was verified lately and it passes the policy now; else null. */
    Jwt recall(String token) {
        Verified hit;
        synchronized (verified) {
            hit = verified.get(token);
            if (hit != null && !clock.instant().isBefore(hit.until())) {
                verified.remove(token);
                hit = null;
            }
        }
        if (hit == null) {
            return null;
        }
        if (validator.validate(hit.jwt()).hasErrors()) {
            synchronized (verified) {
                verified.remove(token);
            }
            return null;
        }
        return hit.jwt();
    }

    /** Remembers a token that passed every check, signature included. */
    void remember(String token, Jwt jwt) {
        synchronized (verified) {
            verified.put(token, new Verified(jwt, clock.instant().plus(REMEMBERED_FOR)));
        }
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }
}
