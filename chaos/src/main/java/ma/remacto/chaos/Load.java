package ma.remacto.chaos;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
            callers.add(new Voter(gateway(n), fixtures.citizens.subList(i * citizensPerCaller, (i + 1) * citizensPerCaller),
                    new Random(seeds.nextLong())));
        }
        for (int i = 0; i < split[1]; i++, n++) {
            callers.add(new Proposer(gateway(n), i, new Random(seeds.nextLong())));
        }
        for (int i = 0; i < split[2]; i++, n++) {
            callers.add(new Planner(gateway(n), fixtures.programs.get(i), fixtures.programAdmins.get(i),
                    new Random(seeds.nextLong())));
        }
        for (int i = 0; i < split[3]; i++, n++) {
            callers.add(new Registrar(gateway(n), i));
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

    private void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    /** One write's outcome: acknowledged (2xx), refused (4xx: nothing changed) or unknown. */
    enum Outcome { ACKNOWLEDGED, REFUSED, UNKNOWN }

    private Outcome send(WriteKind kind, Gateway gateway, String method, String path, String token, Object body,
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

    /** A caller that writes until the load stops. */
    private abstract class Caller implements Runnable {
        @Override
        public void run() {
            while (running.get()) {
                try {
                    once();
                } catch (RuntimeException e) {
                    System.out.println("  caller error: " + e);
                }
                pause();
            }
        }

        abstract void once();
    }

    /** Residents who vote, change their votes, on the consultation's items; a key left uncertain is not touched again. */
    private final class Voter extends Caller {
        private final Gateway gateway;
        private final List<String[]> citizens;
        private final Random random;

        Voter(Gateway gateway, List<String[]> citizens, Random random) {
            this.gateway = gateway;
            this.citizens = citizens;
            this.random = random;
        }

        @Override
        void once() {
            String[] citizen = citizens.get(random.nextInt(citizens.size()));
            String item = fixtures.itemIds.get(random.nextInt(fixtures.itemIds.size()));
            Ledger.VoteHistory history = ledger.vote(new Ledger.VoteKey(citizen[0], item));
            if (history.uncertain) {
                return;
            }
            String choice = random.nextInt(3) == 0 ? "AGAINST" : "FOR";
            Gateway.Reply[] reply = new Gateway.Reply[1];
            switch (send(WriteKind.VOTE, gateway, "PUT", votePath(item), citizen[1], Map.of("choice", choice), reply)) {
                case ACKNOWLEDGED -> {
                    history.ballotId = reply[0].json().path("ballotId").asText();
                    history.acknowledged.add(choice);
                }
                case UNKNOWN -> history.uncertain = true;
                case REFUSED -> { }
            }
        }
    }

    static String votePath(String itemId) {
        return "/api/consultations/" + Fixtures.CONSULTATION + "/items/" + itemId + "/vote";
    }

    /** Citizens who submit proposals online, each with an id of its own; an unanswered one is sent again. */
    private final class Proposer extends Caller {
        private final Gateway gateway;
        private final int number;
        private final Random random;
        private String token;
        private int count;

        Proposer(Gateway gateway, int number, Random random) {
            this.gateway = gateway;
            this.number = number;
            this.random = random;
        }

        @Override
        void once() {
            if (token == null) {
                try {
                    token = gateway.token(Map.of("sub", "chaos-proposer-" + number, "roles", List.of("CITIZEN")));
                } catch (IOException | RuntimeException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String id = "cp-" + number + "-" + count++;
            Map<String, Object> body = Map.of("id", id, "channel", "DIGITAL_PLATFORM", "title", "idea " + id,
                    "body", "a proposal written under faults, " + random.nextInt(1000), "neighbourhood", "hay " + number);
            created(WriteKind.PROPOSAL, gateway, "/api/processes/" + Fixtures.IDEAS_PROCESS + "/proposals", token, body,
                    ledger.proposals, ledger.proposalsUnacknowledged, id);
        }
    }

    /**
     * Sends a creation with the id the caller chose until it is acknowledged, or refused as existing
     * (an earlier try went through unanswered), or the load stops; answers whether it exists.
     */
    private boolean created(WriteKind kind, Gateway gateway, String path, String token, Object body,
                            Set<String> acknowledged, Set<String> unacknowledged, String id) {
        boolean triedBefore = false;
        while (true) {
            Gateway.Reply[] reply = new Gateway.Reply[1];
            switch (send(kind, gateway, "POST", path, token, body, reply)) {
                case ACKNOWLEDGED -> {
                    acknowledged.add(id);
                    return true;
                }
                case REFUSED -> {
                    if (triedBefore && reply[0].status() == 409) {
                        unacknowledged.add(id);
                        return true;
                    }
                    return false;
                }
                case UNKNOWN -> {
                    triedBefore = true;
                    unacknowledged.add(id);
                    if (!running.get()) {
                        return false;
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
    }

    /** An admin who adds projects to a draft program's matrix and edits their cost. */
    private final class Planner extends Caller {
        private final Gateway gateway;
        private final String program;
        private final String admin;
        private final Random random;
        private final List<Integer> numbers = new ArrayList<>();
        private int next = 1;

        Planner(Gateway gateway, String program, String admin, Random random) {
            this.gateway = gateway;
            this.program = program;
            this.admin = admin;
            this.random = random;
        }

        @Override
        void once() {
            if (numbers.isEmpty() || (numbers.size() < 60 && random.nextInt(3) == 0)) {
                add();
            } else {
                edit(numbers.get(random.nextInt(numbers.size())));
            }
        }

        private void add() {
            int number = next;
            Ledger.ProjectHistory history = ledger.project(new Ledger.ProjectKey(program, number));
            BigDecimal cost = cost();
            Map<String, Object> body = Map.of("number", number, "axis", 1 + number % 2, "titleAr", "مشروع " + number,
                    "titleFr", "projet " + number, "durationMonths", 12, "costMad", cost);
            boolean tried = false;
            while (running.get()) {
                Gateway.Reply[] reply = new Gateway.Reply[1];
                Outcome outcome = send(WriteKind.MATRIX, gateway, "POST", "/api/programs/" + program + "/projects", admin,
                        body, reply);
                if (outcome == Outcome.ACKNOWLEDGED || (outcome == Outcome.REFUSED && tried && reply[0].status() == 409)) {
                    history.added = outcome == Outcome.ACKNOWLEDGED;
                    history.present = true;
                    history.costs.add(cost);
                    numbers.add(number);
                    next++;
                    return;
                }
                if (outcome == Outcome.REFUSED) {
                    return;
                }
                tried = true;
                pause();
            }
            if (tried) {
                // the load stopped before the answer: it may exist, with this cost
                history.uncertain = true;
                history.costs.add(cost);
                next++;
            }
        }

        private void edit(int number) {
            Ledger.ProjectHistory history = ledger.project(new Ledger.ProjectKey(program, number));
            if (history.uncertain) {
                return;
            }
            BigDecimal cost = cost();
            Gateway.Reply[] reply = new Gateway.Reply[1];
            switch (send(WriteKind.MATRIX, gateway, "PUT", "/api/programs/" + program + "/projects/" + number, admin,
                    projectEdit(number, cost), reply)) {
                case ACKNOWLEDGED -> {
                    history.costs.add(cost);
                }
                case UNKNOWN -> history.uncertain = true;
                case REFUSED -> { }
            }
        }

        private BigDecimal cost() {
            return BigDecimal.valueOf(100_000L + random.nextInt(900) * 1000L);
        }
    }

    static Map<String, Object> projectEdit(int number, BigDecimal cost) {
        return Map.of("axis", 1 + number % 2, "titleAr", "مشروع " + number, "titleFr", "projet " + number,
                "durationMonths", 12, "costMad", cost, "reason", "cost estimate updated");
    }

    /** An operator who registers collectivities and admits them. */
    private final class Registrar extends Caller {
        private final Gateway gateway;
        private final int number;
        private int count;

        Registrar(Gateway gateway, int number) {
            this.gateway = gateway;
            this.number = number;
        }

        @Override
        void once() {
            String operator = fixtures.operator;
            String id = "cm-" + number + "-" + count++;
            if (created(WriteKind.MEMBERSHIP, gateway, "/api/collectivities", operator, Fixtures.registration(id),
                    ledger.registrations, ledger.membersUnacknowledged, id)) {
                pause();
                created(WriteKind.MEMBERSHIP, gateway, "/api/collectivities/" + id + "/admission", operator,
                        Fixtures.admission(), ledger.admissions, ledger.membersUnacknowledged, id);
            }
        }
    }
}
