package ma.remacto.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets kept by this instance alone, used while the shared store does not answer: the same
 * sizes, so limits still hold per instance. The least recently seen callers are forgotten first,
 * so that a flood of new addresses cannot exhaust memory.
 */
class LocalBuckets {

    private final Map<String, Bucket> buckets;

    LocalBuckets(int capacity) {
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > capacity;
            }
        });
    }

    ConsumptionProbe take(String key, RateLimitProperties.Limit limit) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit.bandwidth()).build())
                .tryConsumeAndReturnRemaining(1);
    }

    void forget() {
        buckets.clear();
    }
}
