package ma.remacto.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run's table: faults by kind with their longest recovery, writes acknowledged by kind with those
 * lost and counted twice, and every check's verdict.
 *
 * <p>Two recovery times per fault, both from its injection: until the next acknowledged write of a
 * request sent after it (of any kind), and until every part of the platform answered healthy again
 * (the affected one included) after the run healed the fault.
 */
public final class ChaosReport {

    private final ChaosOptions options;
    private final List<Fault> faults;
    private final Ledger ledger;
    private final Findings findings;
    private final long loadMillis;

    ChaosReport(ChaosOptions options, List<Fault> faults, Ledger ledger, Findings findings, long loadMillis) {
        this.options = options;
        this.faults = faults;
        this.ledger = ledger;
        this.findings = findings;
        this.loadMillis = loadMillis;
    }

    public long lost() {
        return findings.lostTotal();
    }

    public long doubleCounted() {
        return findings.doubledTotal();
    }

    public long acknowledged() {
        return ledger.acknowledgedTotal();
    }

    public boolean everyCheckPassed() {
        return findings.checks.stream().allMatch(Findings.Check::passed);
    }

    public boolean passed() {
        return findings.allPassed();
    }

    /** Faults that ran (a kind the machine does not allow is listed but not counted). */
    public long faultsInjected(FaultKind kind) {
        return faults.stream().filter(fault -> fault.kind() == kind && fault.available()).count();
    }

    /** Whether this machine let the run fill Kafka's disk (mounting a tmpfs needs root). */
    public boolean diskFaultAvailable() {
        return faults.stream().noneMatch(fault -> fault.kind() == FaultKind.KAFKA_DISK_FULL && !fault.available());
    }

    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        findings.checks.stream().filter(check -> !check.passed()).forEach(check -> failures.add(check.name() + ": " + check.detail()));
        failures.addAll(findings.examples);
        return failures;
    }

    /** From the fault's injection until the first acknowledged write sent after it; -1 when none came. */
    private long nextAck(Fault fault) {
        return ledger.acks().stream().filter(ack -> ack.sentAt() >= fault.injectedAt())
                .mapToLong(Ledger.Ack::answeredAt).min().orElse(fault.injectedAt() - 1) - fault.injectedAt();
    }

    private static String time(long millis) {
        return millis < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "=== fault injection: %d faults over %.0f s of load, %d instance(s) of each application,"
                        + " %d callers, seed %d ===%n", faults.stream().filter(Fault::available).count(), loadMillis / 1000.0,
                options.instances(), options.callers(), options.seed()));
        out.append(String.format(Locale.ROOT, "%-18s %-50s %6s %16s %16s%n", "fault", "", "count", "next ack (max)",
                "healthy (max)"));
        long worstAck = -1;
        long worstHealthy = -1;
        boolean neverHealthy = false;
        for (FaultKind kind : FaultKind.values()) {
            List<Fault> ofKind = faults.stream().filter(fault -> fault.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            List<Fault> ran = ofKind.stream().filter(Fault::available).toList();
            if (ran.isEmpty()) {
                out.append(String.format(Locale.ROOT, "%-18s %-50s %6s %16s %16s%n", kind.option(), kind.description(),
                        "0", "UNAVAILABLE", ofKind.get(0).note()));
                continue;
            }
            long ack = ran.stream().mapToLong(this::nextAck).max().orElse(-1);
            boolean never = ran.stream().anyMatch(fault -> fault.healthyAt() == 0);
            long healthy = ran.stream().mapToLong(fault -> fault.healthyAt() - fault.injectedAt()).max().orElse(-1);
            worstAck = Math.max(worstAck, ack);
            worstHealthy = Math.max(worstHealthy, healthy);
            neverHealthy |= never;
            out.append(String.format(Locale.ROOT, "%-18s %-50s %6d %16s %16s%n", kind.option(), kind.description(),
                    ran.size(), time(ack), never ? "never" : time(healthy)));
        }
        boolean none = faults.stream().noneMatch(Fault::available);
        out.append(String.format(Locale.ROOT, "%-18s %-50s %6d %16s %16s%n%n", "all", "",
                faults.stream().filter(Fault::available).count(), none ? "-" : time(worstAck),
                none ? "-" : neverHealthy ? "never" : time(worstHealthy)));

        out.append(String.format(Locale.ROOT, "%-20s %12s %8s %8s %6s %15s%n", "writes", "acknowledged", "refused",
                "unknown", "lost", "double-counted"));
        for (WriteKind kind : WriteKind.values()) {
            out.append(String.format(Locale.ROOT, "%-20s %12d %8d %8d %6d %15d%n", kind.label(), ledger.acknowledged(kind),
                    ledger.refused(kind), ledger.unknown(kind), findings.lost.get(kind), findings.doubled.get(kind)));
        }
        out.append(String.format(Locale.ROOT, "%-20s %12d %8d %8d %6d %15d%n%n", "all", ledger.acknowledgedTotal(),
                List.of(WriteKind.values()).stream().mapToLong(ledger::refused).sum(),
                List.of(WriteKind.values()).stream().mapToLong(ledger::unknown).sum(), lost(), doubleCounted()));

        if (!ledger.reasons().isEmpty()) {
            out.append("writes refused or unanswered, by reason:\n");
            ledger.reasons().forEach((reason, count) -> out.append(String.format(Locale.ROOT, "  %6d  %s%n", count, reason)));
            out.append('\n');
        }
        out.append("checks:\n");
        for (Findings.Check check : findings.checks) {
            out.append(check.passed() ? "  [ok]     " : "  [FAILED] ").append(check.name()).append(": ").append(check.detail())
                    .append('\n');
        }
        if (!findings.examples.isEmpty()) {
            out.append("examples:\n");
            findings.examples.forEach(example -> out.append("  ").append(example).append('\n'));
        }
        out.append("\nfaults:\n");
        int n = 0;
        for (Fault fault : faults) {
            out.append(String.format(Locale.ROOT, "  %2d %-16s %s: %s; next ack %s, healthy %s%n", ++n, fault.kind().option(),
                    fault.target(), fault.note(), fault.available() ? time(nextAck(fault)) : "-",
                    !fault.available() ? "-" : fault.healthyAt() == 0 ? "never" : time(fault.healthyAt() - fault.injectedAt())));
        }
        out.append(String.format(Locale.ROOT, "%nresult: %s (lost %d, double-counted %d, %s)%n", passed() ? "PASSED" : "FAILED",
                lost(), doubleCounted(), everyCheckPassed() ? "every check passed" : "a check FAILED"));
        return out.toString();
    }
}
