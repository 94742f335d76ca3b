package uz.fikr.analytics.stats;

import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;

/**
 * The sufficient statistics of a numeric sample: n, the sum and the sum of squares, as ClickHouse returns them
 * ({@code count()}, {@code sum(x)}, {@code sum(x * x)}).
 */
public record Moments(long n, double sum, double sumOfSquares) {

    public static final Moments EMPTY = new Moments(0, 0, 0);

    public static Moments of(double... values) {
        double sum = 0;
        double squares = 0;
        for (double value : values) {
            sum += value;
            squares += value * value;
        }
        return new Moments(values.length, sum, squares);
    }

    public Moments plus(Moments other) {
        return new Moments(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    public Moments minus(Moments other) {
        return new Moments(n - other.n, sum - other.sum, sumOfSquares - other.sumOfSquares);
    }

    public double mean() {
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The sample variance (n - 1 in the denominator); NaN below two observations. */
    public double variance() {
        if (n < 2) {
            return Double.NaN;
        }
        double squaredDeviations = sumOfSquares - sum * sum / n;
        return Math.max(0, squaredDeviations) / (n - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** The interval of the mean from the t distribution with n - 1 degrees of freedom; empty below n = 2. */
    public Optional<Interval> meanInterval(double confidence) {
        if (n < 2) {
            return Optional.empty();
        }
        double standardError = Math.sqrt(variance() / n);
        if (standardError == 0) {
            return Optional.of(Interval.point(mean()));
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
        return Optional.of(new Interval(mean() - t * standardError, mean() + t * standardError));
    }

    /** The view Commons Math's tests take; min and max are not known from moments and are NaN. */
    public StatisticalSummary summary() {
        return new StatisticalSummaryValues(mean(), variance(), n, Double.NaN, Double.NaN, sum);
    }
}
