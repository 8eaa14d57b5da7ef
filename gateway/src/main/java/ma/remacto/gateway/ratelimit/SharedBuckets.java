package ma.remacto.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The buckets every gateway instance shares, in the gateway's PostgreSQL database (Bucket4j,
 * one row per key, locked with {@code SELECT ... FOR UPDATE} while a token is taken). Blocking
 * JDBC: callers run it off the event loop.
 */
class SharedBuckets {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);
    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                // a full bucket is the same as no row: rows are forgotten a minute after they refill
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    ConsumptionProbe take(String key, RateLimitProperties.Limit limit) {
        return buckets.builder()
                .build(key, () -> BucketConfiguration.builder().addLimit(limit.bandwidth()).build())
                .tryConsumeAndReturnRemaining(1);
    }

    /** Deletes the rows of buckets that have been full for a while, a batch at a time. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void forgetFullBuckets() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(CLEANUP_BATCH);
            } while (removed == CLEANUP_BATCH);
        } catch (RuntimeException e) {
            // the limiter reports store outages; the next round cleans up
            log.debug("could not forget expired rate-limit buckets: {}", e.toString());
        }
    }
}
