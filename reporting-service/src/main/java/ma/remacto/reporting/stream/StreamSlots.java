package ma.remacto.reporting.stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cap on open event streams: at most {@code remacto.streams.max-per-caller} (4 unless set) per
 * caller, so that one caller cannot hold the polling scheduler and the connections of everyone;
 * beyond it, 429 with {@code Retry-After} ({@code remacto.streams.retry-after}, 30 s unless set).
 * A caller is known by their pseudonym (a keyed hash of the token's subject), never by the raw
 * subject, which is neither stored nor logged here. A stream's slot is freed when the stream ends:
 * closed by its client (noticed at the next write to it, a keep-alive at the latest), timed out,
 * or failed.
 *
 * <p>The count is kept in this instance's memory, so with several reporting instances the cap
 * holds per instance: a caller may hold up to the cap on each instance that the load balancer
 * sends them to. Open streams are tied to one instance's connections anyway, and a shared count
 * would outlive an instance that stops without closing its streams.
 */
@Component
class StreamSlots {

    private final int maxPerCaller;
    private final Duration retryAfter;
    private final Map<String, Integer> held = new ConcurrentHashMap<>();

    StreamSlots(@Value("${remacto.streams.max-per-caller:4}") int maxPerCaller,
                @Value("${remacto.streams.retry-after:30s}") Duration retryAfter) {
        if (maxPerCaller < 1) {
            throw new IllegalStateException("remacto.streams.max-per-caller must be 1 or more");
        }
        this.maxPerCaller = maxPerCaller;
        this.retryAfter = retryAfter;
    }

    /** Takes a slot for the caller; {@link TooManyStreams} when they hold every slot already. */
    void take(String caller) {
        boolean[] taken = {false};
        held.compute(caller, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerCaller) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new TooManyStreams(maxPerCaller, retryAfter);
        }
    }

    /** Gives back a slot of the caller's. */
    void release(String caller) {
        held.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Every stream ended at once (the service stops). */
    void clear() {
        held.clear();
    }
}
