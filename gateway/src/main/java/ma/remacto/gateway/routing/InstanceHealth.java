package ma.remacto.gateway.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.ServiceInstance;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Passive health of the service instances: one that failed to accept a connection is skipped for
 * a few seconds, so that a dead process costs one quick failover instead of one per request. Nothing
 * polls the instances; the first request after the pause tries the instance again. When every
 * instance of a service is being skipped, all of them are offered: a request is never refused
 * without trying.
 */
class InstanceHealth {

    private static final Logger log = LoggerFactory.getLogger(InstanceHealth.class);

    private final Duration skipFor;
    private final LongSupplier nanoClock;
    private final Map<URI, Long> skippedUntil = new ConcurrentHashMap<>();

    InstanceHealth(Duration skipFor) {
        this(skipFor, System::nanoTime);
    }

    InstanceHealth(Duration skipFor, LongSupplier nanoClock) {
        this.skipFor = skipFor;
        this.nanoClock = nanoClock;
    }

    /** The instances not being skipped, or all of them when every one is. */
    List<ServiceInstance> reachable(List<ServiceInstance> instances) {
        long now = nanoClock.getAsLong();
        List<ServiceInstance> reachable = instances.stream().filter(instance -> !skipped(instance.getUri(), now)).toList();
        return reachable.isEmpty() ? instances : reachable;
    }

    /** The instance did not accept a connection: leave it out for a while. */
    void connectFailed(ServiceInstance instance, Throwable failure) {
        long until = nanoClock.getAsLong() + skipFor.toNanos();
        if (skippedUntil.put(instance.getUri(), until) == null) {
            log.warn("{} instance {} did not accept a connection ({}); skipped for {} s", instance.getServiceId(),
                    instance.getUri(), failure.getMessage(), skipFor.toSeconds());
        }
    }

    private boolean skipped(URI instance, long now) {
        Long until = skippedUntil.get(instance);
        if (until == null) {
            return false;
        }
        if (now - until < 0) {
            return true;
        }
        skippedUntil.remove(instance, until);
        return false;
    }
}
