package ma.remacto.chaos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fault-injection run: PostgreSQL and Kafka as processes of their own, the launcher of the local
 * run on them with every application in {@code --instances} instances, a steady load of writes
 * through the gateways, faults injected one after another and healed; then, load stopped and the
 * platform quiet, the checks that no acknowledged write was lost or counted twice. Prints the table
 * and writes it to {@code chaos/target/chaos-report.txt}; exits 0 when every check passed.
 */
public final class ChaosRun {

    private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(6);

    static {
        // the Kafka clients warn of every broker they lose: the faults cause that on purpose
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        // stopping a killed PostgreSQL before starting it again fails, as it should; the library logs that as an error
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "off");
    }

    private ChaosRun() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(ChaosOptions.USAGE);
            return;
        }
        Path root = Path.of(System.getenv().getOrDefault("REMACTO_ROOT", ".")).toAbsolutePath().normalize();
        ChaosOptions options;
        try {
            options = ChaosOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ChaosReport report = run(options);
        System.exit(report.passed() ? 0 : 1);
    }

    public static ChaosReport run(ChaosOptions options) throws Exception {
        Path home = options.home();
        Files.createDirectories(home);
        Ports ports = options.ports();
        System.out.printf("fault-injection run in %s: %d faults (%s) over %d s, %d instance(s), %d callers, seed %d%n",
                home, options.faults(), String.join(",", options.kinds().stream().map(FaultKind::option).toList()),
                options.duration().toSeconds(), options.instances(), options.callers(), options.seed());
        Random random = new Random(options.seed());
        try (KafkaDisk disk = new KafkaDisk(home.resolve("kafka-disk"), "1g");
             Postgres postgres = new Postgres(home.resolve("postgres"), ports.postgres());
             KafkaBroker kafka = new KafkaBroker(disk.logDirectory(), ports.kafka(), home.resolve("kafka.log"));
             Launcher launcher = new Launcher(options, home.resolve("platform"))) {
            if (options.kinds().contains(FaultKind.KAFKA_DISK_FULL) && !disk.mount()) {
                System.out.println("  fault kind " + FaultKind.KAFKA_DISK_FULL.option() + " is UNAVAILABLE on this machine: "
                        + disk.refusal());
            }
            postgres.start();
            kafka.start();
            System.out.println("  PostgreSQL on " + postgres.serverUrl() + ", Kafka on " + kafka.bootstrap()
                    + (disk.mounted() ? " (log on a tmpfs)" : ""));
            long booting = System.nanoTime();
            launcher.start(postgres, kafka);
            System.out.printf("  platform ready in %.0f s (launcher log: %s)%n", (System.nanoTime() - booting) / 1e9,
                    home.resolve("platform/launcher.log"));

            List<Gateway> gateways = new ArrayList<>();
            for (Instance gateway : Instance.of("gateway", options.instances())) {
                gateways.add(new Gateway(gateway.baseUrl(ports)));
            }
            Gateway door = gateways.get(0);
            int[] split = Load.split(options.callers());
            Fixtures fixtures = Fixtures.enter(door, split[2], split[0] * 8);
            System.out.println("  fixtures entered; load starting");

            Ledger ledger = new Ledger();
            Injector injector = new Injector(options, postgres, kafka, disk, launcher, door, fixtures.operator, random);
            long loadStarted = System.currentTimeMillis();
            try (Load load = new Load(gateways, fixtures, ledger, random.nextLong())) {
                load.start(options.callers());
                List<FaultKind> schedule = options.schedule();
                long spacing = schedule.isEmpty() ? 0 : options.duration().toMillis() / schedule.size();
                for (int i = 0; i < schedule.size(); i++) {
                    sleepUntil(loadStarted + spacing * i + spacing / 2);
                    injector.inject(schedule.get(i));
                }
                sleepUntil(loadStarted + options.duration().toMillis());
            }
            long loadMillis = System.currentTimeMillis() - loadStarted;
            System.out.printf("  load stopped: %d writes acknowledged%n", ledger.acknowledgedTotal());

            Findings findings = new Findings();
            boolean healthy = injector.awaitHealthy() > 0;
            findings.check("every part of the platform is healthy after the faults", healthy,
                    healthy ? "Kafka, PostgreSQL and every instance answer" : "not every part answered within 4 min");
            int rewritten = Reconciliation.run(ledger, door, fixtures);
            System.out.println("  " + rewritten + " keys left uncertain by unanswered writes written again");
            Duration quiet = Settling.await(postgres, kafka, QUIET_TIMEOUT);
            System.out.printf("  platform quiet after %d s; checking%n", quiet.toSeconds());

            Verification verification = new Verification(ledger, postgres, door, findings);
            verification.run(kafka);
            verification.lateEvents(injector.lateEvents);
            ChainCheck.check(kafka.bootstrap(), door.base(), findings);
            Rebuild.check(door, fixtures.operator, findings);
            findings.check("every fault was followed by a healthy platform",
                    injector.faults().stream().allMatch(fault -> !fault.available() || fault.healthyAt() > 0),
                    injector.faults().size() + " faults");

            ChaosReport report = new ChaosReport(options, injector.faults(), ledger, findings, loadMillis);
            String table = report.table();
            System.out.println();
            System.out.print(table);
            Path file = options.projectRoot().resolve("chaos/target/chaos-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table, StandardCharsets.UTF_8);
            System.out.println("written to " + file);
            return report;
        }
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
