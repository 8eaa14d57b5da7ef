package ma.remacto.reporting.replay;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Work a rebuild spreads over its threads. */
final class Parallel {

    private Parallel() {
    }

    /** Runs the tasks on the pool and waits for all of them; the first failure is thrown once all ended. */
    static void run(ExecutorService pool, List<Runnable> tasks) {
        List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
        RuntimeException failure = null;
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
