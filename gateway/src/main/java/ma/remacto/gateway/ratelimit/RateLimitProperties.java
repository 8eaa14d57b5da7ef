package ma.remacto.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code remacto.rate-limits}: one token bucket per caller and kind of request, sized so that a
 * person never meets it and a script that floods the platform does. Each default is checked
 * against the vote benchmark ({@code bench/votes.sh}: 2,000 citizens, 32 requests in flight, ten
 * votes each, tokens minted one by one, results polled anonymously ten times a second), which
 * must pass unthrottled.
 *
 * @param enabled     false turns the limits off (to measure what they cost)
 * @param reads       GET and HEAD with a token, per token subject. Default 600 a minute, bursts of
 *                    200: a page of the web application makes fewer than 20 calls and a client
 *                    polling every second makes 60 a minute; ten a second sustained is a script.
 * @param writes      every other method with a token, per token subject. Default 120 a minute,
 *                    bursts of 60: a citizen votes on a consultation's items (ten in the
 *                    benchmark, spread over the whole run) and an administrator enters a committee
 *                    of twelve seats or a program in one go; no person writes twice a second for
 *                    long.
 * @param anonymous   requests without a token, per client address. Default 3,000 a minute, bursts of
 *                    1,000: one address often stands for many people (a town hall's Wi-Fi, a school,
 *                    a mobile carrier's shared addresses) each loading dashboard pages of about ten
 *                    calls, and the benchmark polls results ten times a second from one address;
 *                    two thousand quick requests from one address are still cut.
 * @param devTokens   {@code POST /dev/tokens}, per client address. Default 1,200 a minute, bursts of
 *                    2,500: stricter than an address's anonymous reads, with a burst that lets the
 *                    benchmark mint its 2,001 tokens at once (it waits as asked for the next run's);
 *                    the issuer exists only in the local run and answers loopback callers only.
 * @param storeRetry  after the shared store failed, how long this instance limits in memory
 *                    before it asks the store again
 * @param localBuckets how many callers an instance tracks in memory while the store is down (the
 *                    least recently seen are forgotten first)
 */
@ConfigurationProperties("remacto.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Limit reads,
        Limit writes,
        Limit anonymous,
        Limit devTokens,
        @DefaultValue("5s") Duration storeRetry,
        @DefaultValue("100000") int localBuckets) {

    public RateLimitProperties {
        reads = Limit.orDefault(reads, 600, 200);
        writes = Limit.orDefault(writes, 120, 60);
        anonymous = Limit.orDefault(anonymous, 3000, 1000);
        devTokens = Limit.orDefault(devTokens, 1200, 2500);
    }

    Limit limit(LimitKind kind) {
        return switch (kind) {
            case READS -> reads;
            case WRITES -> writes;
            case ANONYMOUS -> anonymous;
            case DEV_TOKENS -> devTokens;
        };
    }

    /**
     * A bucket of {@code burst} tokens refilled at {@code perMinute} tokens a minute, spread evenly.
     * Either part left out takes its default.
     */
    public record Limit(Integer perMinute, Integer burst) {

        static Limit orDefault(Limit given, int perMinute, int burst) {
            if (given == null) {
                return new Limit(perMinute, burst);
            }
            return new Limit(given.perMinute == null ? perMinute : given.perMinute,
                    given.burst == null ? burst : given.burst);
        }

        public Limit {
            if ((perMinute != null && perMinute < 1) || (burst != null && burst < 1)) {
                throw new IllegalArgumentException("a rate limit needs at least 1 request a minute and a burst of 1");
            }
        }

        Bandwidth bandwidth() {
            return Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
        }

        /** Part of each bucket's key, so that a changed limit starts from fresh buckets. */
        String fingerprint() {
            return perMinute + "-" + burst;
        }
    }
}
