package ma.remacto.chaos;

/**
 * One injected fault.
 *
 * @param kind       its kind
 * @param target     what it hit, e.g. {@code proposals-service-1 (pid 4242)}
 * @param injectedAt when it was injected (epoch milliseconds)
 * @param healedAt   when the run undid it (restarted, resumed, freed, committed); 0 when unavailable
 * @param healthyAt  when every part of the platform answered healthy again afterwards; 0 when it never did
 * @param note       what happened, in words
 * @param available  false when the machine does not allow the fault (it did not run)
 */
record Fault(FaultKind kind, String target, long injectedAt, long healedAt, long healthyAt, String note,
             boolean available) {
}
