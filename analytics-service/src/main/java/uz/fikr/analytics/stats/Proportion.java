package uz.fikr.analytics.stats;

import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/** A share of respondents, {@code successes} of {@code n}, with its Wilson score interval. */
public record Proportion(long successes, long n) {

    public Proportion {
        if (successes < 0 || n < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + " of " + n);
        }
    }

    public double share() {
        return n == 0 ? Double.NaN : (double) successes / n;
    }

    /** Wilson's score interval: well behaved near 0 and 1 and for small n, unlike the Wald interval. */
    public Optional<Interval> wilson(double confidence) {
        if (n == 0) {
            return Optional.empty();
        }
        double z = Normal.quantile(confidence);
        double p = share();
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / (1 + z2n);
        return Optional.of(new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)));
    }

    /** Two-sided quantiles of the standard normal distribution. */
    static final class Normal {
        private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

        private Normal() {}

        static double quantile(double confidence) {
            return STANDARD.inverseCumulativeProbability(0.5 + confidence / 2);
        }
    }
}
