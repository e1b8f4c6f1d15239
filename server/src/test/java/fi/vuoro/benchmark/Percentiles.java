package fi.vuoro.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample, in the sample's unit. */
record Percentiles(int count, double p1, double p50, double p99, double max) {

    static Percentiles of(double[] sample) {
        if (sample.length == 0) return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        var sorted = sample.clone();
        Arrays.sort(sorted);
        return new Percentiles(
                sorted.length, rank(sorted, 0.01), rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
