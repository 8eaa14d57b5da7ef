package ma.remacto.participation.web;

import ma.remacto.kit.web.ApiException;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** Too many verification attempts in the last hour: 429, with how long to wait in {@code Retry-After}. */
class TooManyAttempts extends ApiException {

    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                "at most 5 verification attempts an hour; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
