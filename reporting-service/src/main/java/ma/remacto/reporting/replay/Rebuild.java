package ma.remacto.reporting.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One rebuild of every projection from the start of every topic, in four parts:
 * <ol>
 * <li>{@link RebuildSchema} makes the projection tables afresh in a schema of their own, by the
 * same migrations as the live ones, with their secondary indexes set aside;</li>
 * <li>{@link ReplayWorkers} replay every topic partition from its first offset into them, while
 * the live tables keep serving and following the topics;</li>
 * <li>{@link LiveGate} holds the live projections still, on every instance, once they stand at
 * or beyond the replay, and the workers replay up to exactly where they stand;</li>
 * <li>{@link Verification} builds the indexes and compares every table's checksum, live against
 * rebuilt; when equal (or the operator asked for the swap regardless), {@link RebuildSchema}
 * swaps the rebuilt tables in, in one transaction; then the gate opens.</li>
 * </ol>
 * Its status goes to the {@link RebuildLedger} at every step and every few seconds.
 */
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration LIVE_CATCH_UP = Duration.ofMinutes(10);

    /** What a rebuild works with. */
    record Parts(RebuildSchema schema, ReplayWorkers.Setup replay, Verification verification,
                 java.util.function.Supplier<LiveGate> gates, RebuildLedger ledger) {
    }

    private final String id;
    private final String requestedBy;
    private final boolean swapWhenDifferent;
    private final Parts parts;
    private final RebuildProgress progress = new RebuildProgress();

    private volatile RebuildState state = RebuildState.PREPARING;
    private volatile String message = "preparing fresh tables";
    private final Instant startedAt = Instant.now();
    private volatile Instant finishedAt;
    private volatile boolean cancelled;
    private volatile List<RebuildStatus.TableComparison> comparisons = List.of();
    private Instant lastProgress = Instant.now();

    Rebuild(String id, String requestedBy, boolean swapWhenDifferent, Parts parts) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.swapWhenDifferent = swapWhenDifferent;
        this.parts = parts;
    }

    boolean finished() {
        return finishedAt != null;
    }

    void cancel() {
        cancelled = true;
    }

    RebuildStatus status() {
        Instant until = finishedAt == null ? Instant.now() : finishedAt;
        return new RebuildStatus(id, state, requestedBy, swapWhenDifferent, startedAt, finishedAt, progress.read(),
                progress.applied(), progress.total(), progress.perSecond(startedAt, until), progress.partitions(),
                comparisons, message);
    }

    void run() {
        log.info("rebuild {}: started by {}", id, requestedBy);
        save();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parts.replay().workers()), runnable -> {
            Thread thread = new Thread(runnable, "projection-rebuild-" + id.substring(0, 8));
            thread.setDaemon(true);
            return thread;
        });
        try (ReplayWorkers workers = new ReplayWorkers(parts.replay(), id, progress, () -> cancelled, this::logProgress);
             LiveGate gate = parts.gates().get()) {
            List<SetAsideIndex> indexes = parts.schema().prepare();
            int partitions = workers.start();
            become(RebuildState.REPLAYING, "replaying " + partitions + " topic partitions from their first offset with "
                    + workers.size() + " workers");
            workers.replay(pool);

            progress.targetLive(gate.closeOnceLiveAtOrBeyond(progress, LIVE_CATCH_UP, waiting -> message = waiting));
            become(RebuildState.CATCHING_UP, "the live projections stand still; replaying up to where they stand");
            workers.replay(pool);

            become(RebuildState.VERIFYING, "building " + indexes.size() + " indexes and comparing checksums");
            comparisons = parts.verification().verify(pool, indexes);
            boolean equal = Verification.allEqual(comparisons);
            if (!equal && !swapWhenDifferent) {
                finish(RebuildState.DIFFERENT, "the rebuilt projections differ from the live ones: see tables; nothing was swapped");
            } else {
                parts.schema().swap();
                log.info("rebuild {}: the rebuilt projections serve now", id);
                finish(RebuildState.SWAPPED, (equal ? "the rebuilt projections equal the live ones" : "the rebuilt projections differ from the live ones")
                        + " and now serve; " + progress.read() + " records replayed");
            }
        } catch (RuntimeException e) {
            log.error("rebuild {} failed", id, e);
            finish(RebuildState.FAILED, e.toString());
        } finally {
            pool.shutdownNow();
            if (state != RebuildState.SWAPPED) {
                parts.schema().drop(RebuildSchema.REBUILT);
            }
        }
    }

    private void become(RebuildState next, String newMessage) {
        if (!state.mayBecome(next)) {
            throw new IllegalStateException("a rebuild cannot go from " + state + " to " + next);
        }
        state = next;
        message = newMessage;
        log.info("rebuild {}: {} — {}", id, next, newMessage);
        save();
    }

    private synchronized void logProgress() {
        if (Duration.between(lastProgress, Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
            lastProgress = Instant.now();
            RebuildStatus status = status();
            log.info("rebuild {}: {} {} of {} records read, {} applied, {} records/s", id, state,
                    status.eventsRead(), status.eventsTotal(), status.eventsApplied(), status.eventsPerSecond());
            save();
        }
    }

    private void finish(RebuildState end, String finalMessage) {
        finishedAt = Instant.now();
        if (state.ended()) {
            return;
        }
        state = end;
        message = finalMessage;
        log.info("rebuild {}: {} — {}", id, end, finalMessage);
        RebuildStatus status = status();
        log.info("rebuild {}: {} records read in {} ms ({} records/s)", id, status.eventsRead(),
                Duration.between(startedAt, finishedAt).toMillis(), status.eventsPerSecond());
        save();
    }

    private void save() {
        try {
            parts.ledger().save(status());
        } catch (RuntimeException e) {
            log.warn("rebuild {}: its status could not be saved: {}", id, e.toString());
        }
    }
}
