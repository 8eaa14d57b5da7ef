package ma.remacto.bench;

import java.time.Duration;

/**
 * What the read benchmark's clients saw while measured, per kind of read (one tally per client,
 * added up at the end), and what the service used meanwhile.
 */
final class ReadTally {

    private static final double TARGET_P99_MS = 100;

    private final Latencies[] latencies;
    private final long[] errors;
    private final long[] bytes;
    private final String[] firstError;
    long peakResidentMb;
    Duration serviceCpu = Duration.ZERO;
    Duration clientCpu = Duration.ZERO;

    ReadTally(int reads) {
        latencies = new Latencies[reads];
        for (int i = 0; i < reads; i++) {
            latencies[i] = new Latencies();
        }
        errors = new long[reads];
        bytes = new long[reads];
        firstError = new String[reads];
    }

    /** One answered request; {@code error} is null for a 200. */
    void add(int read, long nanos, long size, String error) {
        latencies[read].add(nanos);
        bytes[read] += size;
        if (error != null) {
            errors[read]++;
            if (firstError[read] == null) {
                firstError[read] = error;
            }
        }
    }

    void add(ReadTally other) {
        for (int i = 0; i < latencies.length; i++) {
            latencies[i].addAll(other.latencies[i]);
            errors[i] += other.errors[i];
            bytes[i] += other.bytes[i];
            if (firstError[i] == null) {
                firstError[i] = other.firstError[i];
            }
        }
    }

    long requests() {
        return overall().count();
    }

    private Latencies overall() {
        Latencies all = new Latencies();
        for (Latencies one : latencies) {
            all.addAll(one);
        }
        return all;
    }

    void print(DashboardReads mix, Duration measured, int clients) {
        double seconds = measured.toNanos() / 1e9;
        System.out.println();
        System.out.printf("=== dashboard reads: %d clients, %.0f s ===%n", clients, seconds);
        System.out.printf("%-30s %9s %8s %8s %8s %8s %8s %7s %8s%n", "read", "requests", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors", "avg KB");
        long allBytes = 0;
        long allErrors = 0;
        for (int i = 0; i < latencies.length; i++) {
            line(mix.all().get(i).name(), latencies[i], errors[i], bytes[i], seconds);
            allBytes += bytes[i];
            allErrors += errors[i];
        }
        Latencies overall = overall();
        line("all", overall, allErrors, allBytes, seconds);
        System.out.printf("target: p99 <= %.0f ms overall (measured %.1f ms)%n", TARGET_P99_MS, overall.percentileMs(99));
        for (int i = 0; i < latencies.length; i++) {
            if (firstError[i] != null) {
                System.out.printf("first error of %s: %s%n", mix.all().get(i).name(), firstError[i]);
            }
        }
    }

    private static void line(String name, Latencies latencies, long errors, long bytes, double seconds) {
        int count = latencies.count();
        System.out.printf("%-30s %,9d %8.1f %8.1f %8.1f %8.1f %8.1f %,7d %8.1f%n", name, count, count / seconds,
                latencies.percentileMs(50), latencies.percentileMs(95), latencies.percentileMs(99), latencies.maxMs(),
                errors, count == 0 ? 0 : bytes / 1024.0 / count);
    }
}
