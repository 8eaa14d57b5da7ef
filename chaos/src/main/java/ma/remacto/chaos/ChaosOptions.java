package ma.remacto.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a fault-injection run goes.
 *
 * @param faults      how many faults are injected, spread evenly over the load and over the kinds
 * @param duration    how long the load runs; the faults are spaced over it
 * @param instances   instances of each application ({@code REMACTO_INSTANCES})
 * @param kinds       the fault kinds to inject, taken in turn
 * @param callers     concurrent callers of the gateway
 * @param lateHold    how long a late event's transaction stays open (past the event processors' gap timeout)
 * @param stopFor     how long a stopped instance stays stopped (past the consumers' session timeout)
 * @param home        the run's directory: PostgreSQL's data, Kafka's log, the launcher's home and logs
 * @param projectRoot the checkout whose jars run
 * @param portBase    the ports the run uses lie above it (see {@link Ports})
 * @param seed        the random choices' seed, printed so a run can be repeated
 */
public record ChaosOptions(int faults, Duration duration, int instances, Set<FaultKind> kinds, int callers,
                           Duration lateHold, Duration stopFor, Path home, Path projectRoot, int portBase, long seed) {

    /** The consumers' session timeout the run gives the applications, so a stopped instance is left out soon. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    /**
     * The event processors' gap timeout the run gives the services (5 min by default), and the
     * longest an appending transaction of theirs may last, so that a late event costs seconds.
     */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(20);
    static final Duration APPEND_TIMEOUT = Duration.ofSeconds(8);

    static final String USAGE = """
            usage: chaos/run.sh [--faults N] [--duration D] [--instances K] [--callers C] [--kinds k1,k2,...]
                                [--late-hold D] [--stop-for D] [--home DIR] [--port-base P] [--seed S]
              --faults     faults to inject (default 60), spread over the kinds in turn
              --duration   how long the load runs, e.g. 20m, 900s (default: 25 s per fault, at least 2m)
              --instances  instances of each application (default 2)
              --callers    concurrent callers of the gateway (default 32)
              --kinds      fault kinds (default all): %s
              --late-hold  how long a late event's transaction stays open (default 30s; the run's gap timeout is 20 s)
              --stop-for   how long a stopped instance stays stopped (default 16s; the session timeout is 10 s)
              --home       the run's directory (default chaos/target/run-<time>)
              --port-base  ports used: base+80.. (applications), base+180.. (actuators), base+432 (PostgreSQL),
                           base+492 (Kafka); default 18000
              --seed       seed of the random choices (default: the time)
            """.formatted(String.join(",", FaultKind.names()));

    public ChaosOptions {
        if (instances < 1 || instances > 4) {
            throw new IllegalArgumentException("--instances is 1 to 4, not " + instances);
        }
        if (faults < 0 || callers < 1) {
            throw new IllegalArgumentException("--faults must be 0 or more and --callers 1 or more");
        }
        kinds = kinds.isEmpty() ? EnumSet.noneOf(FaultKind.class) : EnumSet.copyOf(kinds);
    }

    public static ChaosOptions parse(String[] args, Path projectRoot) {
        int faults = 60;
        Duration duration = null;
        int instances = 2;
        int callers = 32;
        Set<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
        Duration lateHold = Duration.ofSeconds(30);
        Duration stopFor = Duration.ofSeconds(16);
        Path home = null;
        int portBase = 18000;
        long seed = System.currentTimeMillis();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            i++;
            switch (option) {
                case "--faults" -> faults = Integer.parseInt(value);
                case "--duration" -> duration = duration(value);
                case "--instances" -> instances = Integer.parseInt(value);
                case "--callers" -> callers = Integer.parseInt(value);
                case "--kinds" -> kinds = FaultKind.parse(value);
                case "--late-hold" -> lateHold = duration(value);
                case "--stop-for" -> stopFor = duration(value);
                case "--home" -> home = Path.of(value).toAbsolutePath();
                case "--port-base" -> portBase = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (duration == null) {
            duration = Duration.ofSeconds(Math.max(120, 25L * faults));
        }
        if (home == null) {
            home = projectRoot.resolve("chaos/target/run-" + Long.toString(System.currentTimeMillis(), 36));
        }
        return new ChaosOptions(faults, duration, instances, kinds, callers, lateHold, stopFor, home, projectRoot,
                portBase, seed);
    }

    /** {@code 90s}, {@code 15m}, {@code 1h}, or plain seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long amount = Long.parseLong(t.replaceAll("[smh]$", ""));
        return switch (t.charAt(t.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** The faults of the run, in order: the kinds taken in turn. */
    List<FaultKind> schedule() {
        List<FaultKind> order = new ArrayList<>(kinds);
        List<FaultKind> schedule = new ArrayList<>();
        for (int i = 0; i < faults && !order.isEmpty(); i++) {
            schedule.add(order.get(i % order.size()));
        }
        return schedule;
    }

    Ports ports() {
        return new Ports(portBase);
    }
}
