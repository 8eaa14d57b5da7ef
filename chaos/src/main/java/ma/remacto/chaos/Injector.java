package ma.remacto.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Injects one fault at a time and heals it, then waits until every part of the platform answers
 * healthy again. Instance faults take the instances in turn (every application, every instance),
 * and one turn in {@code 5·K + 1} kills reporting-service while it rebuilds its projections.
 */
final class Injector {

    private static final Duration HEALTHY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(4);
    /** Every third broker kill is a longer outage, past the 30 s the publishers wait for an acknowledgement. */
    private static final Duration KAFKA_LONG_DOWN = Duration.ofSeconds(45);
    private static final Duration POSTGRES_DOWN = Duration.ofSeconds(3);
    private static final Duration DISK_FULL_FOR = Duration.ofSeconds(12);
    private static final int REDELIVERED = 60;

    private final ChaosOptions options;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final KafkaDisk disk;
    private final Launcher launcher;
    private final Gateway gateway;
    private final String operator;
    private final Random random;
    private final List<Fault> faults = new ArrayList<>();
    /** The late events committed. */
    final List<LateEvent.Committed> lateEvents = new ArrayList<>();
    /** What was not healthy yet after the last fault. */
    private final List<String> waitedFor = new ArrayList<>();
    private int kills;
    private int kafkaKills;
    private int stops;

    Injector(ChaosOptions options, Postgres postgres, KafkaBroker kafka, KafkaDisk disk, Launcher launcher,
             Gateway gateway, String operator, Random random) {
        this.options = options;
        this.postgres = postgres;
        this.kafka = kafka;
        this.disk = disk;
        this.launcher = launcher;
        this.gateway = gateway;
        this.operator = operator;
        this.random = random;
    }

    List<Fault> faults() {
        return List.copyOf(faults);
    }

    /** What a fault hit and what happened; {@code available} false when the machine does not allow it. */
    private record Done(String target, String note, boolean available) {
    }

    Fault inject(FaultKind kind) throws Exception {
        long injectedAt = System.currentTimeMillis();
        Done done = switch (kind) {
            case KAFKA_KILL -> killKafka();
            case POSTGRES_KILL -> killPostgres();
            case INSTANCE_KILL -> killInstance();
            case INSTANCE_STOP -> stopInstance();
            case LATE_EVENT -> lateEvent();
            case REDELIVERY -> redeliver();
            case KAFKA_DISK_FULL -> fillDisk();
        };
        long healedAt = System.currentTimeMillis();
        boolean available = done.available();
        long healthyAt = available ? awaitHealthy() : 0;
        String note = waitedFor.isEmpty() ? done.note() : done.note() + " (waited for " + String.join(", ", waitedFor) + ")";
        Fault fault = new Fault(kind, done.target(), injectedAt, available ? healedAt : 0, healthyAt, note, available);
        faults.add(fault);
        System.out.printf("  fault %d %s: %s; %s; healthy again after %s%n", faults.size(), kind.option(), fault.target(),
                fault.note(), healthyAt == 0 ? (available ? "NEVER" : "-") : seconds(healthyAt - injectedAt));
        return fault;
    }

    static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private Done killKafka() throws Exception {
        long pid = kafka.pid();
        Duration down = kafkaKills++ % 3 == 2 ? KAFKA_LONG_DOWN : KAFKA_DOWN;
        kafka.kill();
        Thread.sleep(down.toMillis());
        kafka.start();
        return new Done("Kafka broker (pid " + pid + ")", "killed, started again after " + down.toSeconds() + " s", true);
    }

    private Done killPostgres() throws Exception {
        long pid = postgres.kill();
        Thread.sleep(POSTGRES_DOWN.toMillis());
        long restarted = System.nanoTime();
        postgres.restart();
        return new Done("PostgreSQL postmaster (pid " + pid + ") and its backends",
                "killed, started again on the same data (recovery took " + seconds((System.nanoTime() - restarted) / 1_000_000) + ")", true);
    }

    /** The instances in turn; after them, reporting during a rebuild. */
    private Done killInstance() throws Exception {
        List<Instance> instances = launcher.instances();
        int turn = kills++ % (instances.size() + 1);
        if (turn == instances.size()) {
            return killRebuild();
        }
        Instance instance = instances.get(turn);
        long pid = launcher.pid(instance);
        Signals.kill(ProcessHandle.of(pid).orElseThrow());
        return new Done(instance.name() + " (pid " + pid + ")", "killed under load; the launcher starts it again", true);
    }

    private Done killRebuild() throws Exception {
        String rebuild = Rebuild.start(gateway, operator, Duration.ofMinutes(2));
        String state = "";
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Gateway.Reply reply = gateway.get("/api/admin/projections", operator);
            JsonNode status = reply.ok() ? reply.json().path("rebuild") : null;
            state = status == null ? "" : status.path("state").asText();
            if (state.equals("REPLAYING") || state.equals("CATCHING_UP") || state.equals("VERIFYING")
                    || state.equals("SWAPPED") || state.equals("DIFFERENT") || state.equals("FAILED")) {
                break;
            }
            Thread.sleep(200);
        }
        List<String> killed = new ArrayList<>();
        for (Instance instance : Instance.of("reporting-service", options.instances())) {
            long pid = launcher.pid(instance);
            Signals.kill(ProcessHandle.of(pid).orElseThrow());
            killed.add(instance.name() + " (pid " + pid + ")");
        }
        return new Done(String.join(", ", killed) + " during rebuild " + rebuild,
                "killed while the rebuild was " + state, true);
    }

    private Done stopInstance() throws Exception {
        List<Instance> instances = launcher.instances();
        Instance instance = instances.get(stops++ % instances.size());
        long pid = launcher.pid(instance);
        Signals.stop(pid);
        try {
            Thread.sleep(options.stopFor().toMillis());
        } finally {
            Signals.resume(pid);
        }
        return new Done(instance.name() + " (pid " + pid + ")", "stopped for " + options.stopFor().toSeconds()
                + " s (consumer session timeout " + ChaosOptions.SESSION_TIMEOUT.toSeconds() + " s), then continued", true);
    }

    private Done lateEvent() throws Exception {
        String id = "chaos-late-" + (lateEvents.size() + 1);
        LateEvent.Committed late = LateEvent.commitLate(postgres, id, options.lateHold(), ChaosOptions.APPEND_TIMEOUT);
        lateEvents.add(late);
        return new Done("remacto_network's event store (global index " + late.globalIndex() + ")",
                "registration of " + id + " appended and held " + options.lateHold().toSeconds() + " s (gap timeout "
                        + ChaosOptions.GAP_TIMEOUT.toSeconds() + " s) while writes went on: "
                        + (late.committed() ? "committed late" : "ended by the server at the "
                        + ChaosOptions.APPEND_TIMEOUT.toSeconds() + " s append bound"), true);
    }

    private Done redeliver() throws Exception {
        int count = Redelivery.deliverAgain(kafka.bootstrap(), REDELIVERED, random);
        return new Done("the context topics", count + " records produced again, shuffled", true);
    }

    private Done fillDisk() throws Exception {
        if (!disk.mounted()) {
            return new Done("Kafka's log directory", "UNAVAILABLE on this machine: " + disk.refusal(), false);
        }
        long filled = disk.fill();
        long deadline = System.nanoTime() + DISK_FULL_FOR.toNanos();
        while (System.nanoTime() < deadline) {
            disk.topUp();
            Thread.sleep(500);
        }
        boolean survived = kafka.alive();
        disk.free();
        if (!survived) {
            kafka.start();
        }
        return new Done("Kafka's log directory (tmpfs)", "filled with " + filled / (1 << 20) + " MB for "
                + DISK_FULL_FOR.toSeconds() + " s, then freed; the broker " + (survived ? "stayed up" : "died and was started again"), true);
    }

    /** Waits until Kafka, PostgreSQL and every instance answer; answers when (0 when they never did). */
    long awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + HEALTHY_TIMEOUT.toNanos();
        waitedFor.clear();
        while (System.nanoTime() < deadline) {
            List<String> unhealthy = new ArrayList<>();
            if (!kafka.alive()) {
                unhealthy.add("Kafka");
            }
            if (!postgresAnswers()) {
                unhealthy.add("PostgreSQL");
            }
            launcher.instances().stream().filter(instance -> !launcher.healthy(instance))
                    .forEach(instance -> unhealthy.add(instance.name()));
            if (unhealthy.isEmpty()) {
                return System.currentTimeMillis();
            }
            unhealthy.forEach(part -> { if (!waitedFor.contains(part)) { waitedFor.add(part); } });
            Thread.sleep(250);
        }
        return 0;
    }

    private boolean postgresAnswers() {
        try (Connection connection = postgres.connect("postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
