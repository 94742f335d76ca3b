package uz.fikr.benchmark;

import java.util.Arrays;
import java.util.Collection;

/** Median, min and max of the repetitions of one measurement. */
record Spread(double median, double min, double max, int repetitions) {

    static Spread of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Spread(percentile(sorted, 50), sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** The nearest-rank percentile {@code p} (0-100) of ascending {@code sorted} values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The percentile {@code p} of unsorted values. */
    static double percentileOf(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, p);
    }
}
