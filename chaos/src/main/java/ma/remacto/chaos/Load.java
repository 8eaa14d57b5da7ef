package ma.remacto.chaos;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A steady mix of writes through the gateways from many callers at once: residents' votes (half the
 * callers), proposals (a quarter), matrix changes of draft programs and membership changes (an
 * eighth each). Each caller owns the keys it writes (its citizens, its program, its proposals and
 * collectivities), and records every outcome in the {@link Ledger}.
 */
final class Load implements AutoCloseable {

    private static final long PAUSE_MILLIS = 40;

    private final List<Gateway> gateways;
    private final Fixtures fixtures;
    private final Ledger ledger;
    private final Random seeds;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Runnable> callers = new ArrayList<>();
    private ExecutorService pool;

    Load(List<Gateway> gateways, Fixtures fixtures, Ledger ledger, long seed) {
        this.gateways = gateways;
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.seeds = new Random(seed);
    }

    /** How the callers divide: votes, proposals, matrix, membership. */
    static int[] split(int callers) {
        int matrix = Math.max(1, callers / 8);
        int membership = Math.max(1, callers / 8);
        int proposals = Math.max(1, callers / 4);
        int votes = Math.max(1, callers - matrix - membership - proposals);
        return new int[] {votes, proposals, matrix, membership};
    }

    void start(int callerCount) {
        int[] split = split(callerCount);
        int citizensPerCaller = fixtures.citizens.size() / split[0];
        int n = 0;
        for (int i = 0; i < split[0]; i++, n++) {
            callers.add(new Voter(this, gateway(n), fixtures.citizens.subList(i * citizensPerCaller,
                    (i + 1) * citizensPerCaller), fixtures.itemIds, new Random(seeds.nextLong())));
        }
        for (int i = 0; i < split[1]; i++, n++) {
            callers.add(new Proposer(this, gateway(n), i, new Random(seeds.nextLong())));
        }
        for (int i = 0; i < split[2]; i++, n++) {
            callers.add(new Planner(this, gateway(n), fixtures.programs.get(i), fixtures.programAdmins.get(i),
                    new Random(seeds.nextLong())));
        }
        for (int i = 0; i < split[3]; i++, n++) {
            callers.add(new Registrar(this, gateway(n), i, fixtures.operator));
        }
        pool = Executors.newFixedThreadPool(callers.size(), task -> {
            Thread thread = new Thread(task, "chaos-caller");
            thread.setDaemon(true);
            return thread;
        });
        callers.forEach(pool::submit);
    }

    private Gateway gateway(int caller) {
        return gateways.get(caller % gateways.size());
    }

    /** Stops the callers and waits for their last requests. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        if (pool != null) {
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }
    }

    Ledger ledger() {
        return ledger;
    }

    /** Whether the callers go on writing. */
    boolean running() {
        return running.get();
    }

    /** A caller's breath between two writes; an interrupted caller stops the load. */
    void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    /** One write's outcome: acknowledged (2xx), refused (4xx: nothing changed) or unknown. */
    enum Outcome { ACKNOWLEDGED, REFUSED, UNKNOWN }

    /** Sends one write, records its outcome in the ledger and answers it; the reply, if any, lands in {@code reply[0]}. */
    Outcome send(WriteKind kind, Gateway gateway, String method, String path, String token, Object body,
                 Gateway.Reply[] reply) {
        long sentAt = System.currentTimeMillis();
        try {
            reply[0] = gateway.send(method, path, token, body);
        } catch (IOException e) {
            ledger.recordUnknown(kind, e.getClass().getSimpleName());
            return Outcome.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.recordUnknown(kind, "interrupted");
            return Outcome.UNKNOWN;
        }
        int status = reply[0].status();
        if (status / 100 == 2) {
            ledger.recordAcknowledged(kind, sentAt);
            return Outcome.ACKNOWLEDGED;
        }
        if (status / 100 == 4 && status != 408) {
            ledger.recordRefused(kind, status + " " + code(reply[0]));
            return Outcome.REFUSED;
        }
        ledger.recordUnknown(kind, status + " " + code(reply[0]));
        return Outcome.UNKNOWN;
    }

    /** A problem's code, or nothing when the body is not a problem. */
    private static String code(Gateway.Reply reply) {
        try {
            return reply.json().path("code").asText("");
        } catch (RuntimeException notJson) {
            return "";
        }
    }
}
