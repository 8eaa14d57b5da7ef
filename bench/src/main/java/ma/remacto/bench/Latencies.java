package ma.remacto.bench;

import java.util.Arrays;

/** Latencies of one kind of request, in nanoseconds, and their percentiles; one per thread, merged at the end. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private boolean sorted = true;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /** The {@code p}th percentile in milliseconds (nearest rank); 0 when empty. */
    double percentileMs(double p) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        return percentileMs(values, size, p);
    }

    double maxMs() {
        return percentileMs(100);
    }

    /** The {@code p}th percentile in milliseconds of the first {@code size} values of a sorted array. */
    static double percentileMs(long[] sorted, int size, double p) {
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
