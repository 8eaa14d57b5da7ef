package ma.remacto.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes a token from a caller's shared bucket. When the shared store fails, it fails open to a
 * bucket of the same size kept by this instance: an outage of the limiter's database must not
 * take the platform down while the services and their own databases are fine, and limits still
 * hold, per instance. The outage is logged once, each failed call counted
 * ({@code remacto.ratelimit.store.failures}), and the store asked again after
 * {@code remacto.rate-limits.store-retry} rather than on every request.
 */
class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final SharedBuckets shared;
    private final LocalBuckets local;
    private final long storeRetryNanos;
    private final Counter storeFailures;
    private final Map<LimitKind, Counter> rejections = new EnumMap<>(LimitKind.class);
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private volatile long askStoreAgainAt;

    RateLimiter(SharedBuckets shared, RateLimitProperties properties, MeterRegistry meters) {
        this.shared = shared;
        this.local = new LocalBuckets(properties.localBuckets());
        this.storeRetryNanos = properties.storeRetry().toNanos();
        this.storeFailures = Counter.builder("remacto.ratelimit.store.failures")
                .description("Rate-limit decisions taken in memory because the shared store failed")
                .register(meters);
        for (LimitKind kind : LimitKind.values()) {
            rejections.put(kind, Counter.builder("remacto.ratelimit.rejections")
                    .description("Requests refused with 429 by the gateway's rate limits")
                    .tag("kind", kind.tag)
                    .register(meters));
        }
    }

    Mono<Decision> take(LimitKind kind, RateLimitProperties.Limit limit, String key) {
        Mono<ConsumptionProbe> probe;
        if (storeDown.get() && System.nanoTime() - askStoreAgainAt < 0) {
            probe = Mono.fromSupplier(() -> local.take(key, limit));
        } else {
            probe = Mono.fromCallable(() -> shared.take(key, limit))
                    .subscribeOn(Schedulers.boundedElastic())
                    .doOnNext(answered -> storeAnswered())
                    .onErrorResume(Exception.class, failure -> {
                        storeFailed(failure);
                        return Mono.fromSupplier(() -> local.take(key, limit));
                    });
        }
        return probe.map(Decision::of).doOnNext(decision -> {
            if (!decision.allowed()) {
                rejections.get(kind).increment();
            }
        });
    }

    private void storeFailed(Exception failure) {
        storeFailures.increment();
        askStoreAgainAt = System.nanoTime() + storeRetryNanos;
        if (storeDown.compareAndSet(false, true)) {
            log.warn("the rate-limit store does not answer ({}); limiting in memory on this instance until it does",
                    failure.toString());
        }
    }

    private void storeAnswered() {
        if (storeDown.compareAndSet(true, false)) {
            log.info("the rate-limit store answers again; limits are shared again");
            local.forget();
        }
    }
}
