package ma.remacto.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

/** Whether a request may pass and, when not, how many seconds until its bucket has a token again. */
record Decision(boolean allowed, long retryAfterSeconds) {

    static Decision of(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        long nanos = probe.getNanosToWaitForRefill();
        return new Decision(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
