package uz.fikr.analytics.stats;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * Welch's two-sample t-test (unequal variances) on the moments of two groups, with Cohen's d (pooled standard
 * deviation) as the effect size.
 */
public record WelchTest(double t, double degreesOfFreedom, double pValue, double cohensD) {

    /** Needs at least two observations and some variance in the groups together. */
    public static WelchTest of(Moments a, Moments b) {
        if (a.n() < 2 || b.n() < 2) {
            throw new IllegalArgumentException("Welch's test needs at least two answers in each group");
        }
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        if (va + vb == 0) {
            double difference = a.mean() - b.mean();
            return new WelchTest(difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference),
                    a.n() + b.n() - 2, difference == 0 ? 1 : 0, difference == 0 ? 0 : Double.NaN);
        }
        TTest test = new TTest();
        double t = test.t(a.summary(), b.summary());
        double p = test.tTest(a.summary(), b.summary());
        double df = (va + vb) * (va + vb)
                / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        double pooled = Math.sqrt(((a.n() - 1) * a.variance() + (b.n() - 1) * b.variance())
                / (a.n() + b.n() - 2));
        return new WelchTest(t, df, p, pooled == 0 ? Double.NaN : (a.mean() - b.mean()) / pooled);
    }
}
