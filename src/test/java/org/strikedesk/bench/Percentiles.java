package org.strikedesk.bench;

import java.util.Arrays;

/** Percentiles of a set of timings. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The p-th percentile (0–100) in milliseconds, nearest rank. */
    double millis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return sorted[sorted.length - 1] / 1e6;
    }

    /** The median of a few figures (the middle one, or the mean of the two middle ones). */
    static double median(double[] figures) {
        double[] copy = figures.clone();
        Arrays.sort(copy);
        int middle = copy.length / 2;
        return copy.length % 2 == 1 ? copy[middle] : (copy[middle - 1] + copy[middle]) / 2;
    }

    static double min(double[] figures) {
        return Arrays.stream(figures).min().orElse(Double.NaN);
    }

    static double max(double[] figures) {
        return Arrays.stream(figures).max().orElse(Double.NaN);
    }
}
