package ma.remacto.reporting.stream;

import ma.remacto.kit.web.ApiException;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** The caller already holds as many open event streams as one caller may: answered 429. */
public class TooManyStreams extends ApiException {

    private final Duration retryAfter;

    public TooManyStreams(int max, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", "a caller may hold at most " + max
                + " open event streams; close one, or retry later");
        this.retryAfter = retryAfter;
    }

    /** When to try again: streams end when their client closes them or when they time out. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
