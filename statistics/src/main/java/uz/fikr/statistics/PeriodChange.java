package uz.fikr.statistics;

import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Whether a figure changed significantly between two periods (two independent samples of readers), tested at the 5%
 * level from the figures the analytics API returns for each period (a trend tests only its last two periods). The
 * dashboard's Overview compares a period with the previous one this way, and a report also with the same period last
 * year.
 *
 * @param difference this period's figure minus the previous period's (NPS in points, shares as fractions)
 * @param statistic the test statistic (t or z)
 * @param pValue the two-sided p-value
 */
public record PeriodChange(double difference, double statistic, double pValue, boolean significant) {

    public static final double ALPHA = 0.05;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * Welch's two-sample t-test (unequal variances, Welch–Satterthwaite degrees of freedom) on two means from their
     * standard deviations and n; Commons Math's {@link TTest} on summary statistics. Empty below two answers in a
     * period.
     */
    public static Optional<PeriodChange> ofMeans(double mean, double standardDeviation, long n, double previousMean,
            double previousStandardDeviation, long previousN) {
        if (n < 2 || previousN < 2) {
            return Optional.empty();
        }
        double difference = mean - previousMean;
        if (standardDeviation == 0 && previousStandardDeviation == 0) {
            return Optional.of(withoutVariance(difference));
        }
        var now = summary(mean, standardDeviation, n);
        var before = summary(previousMean, previousStandardDeviation, previousN);
        TTest test = new TTest();
        return Optional.of(of(difference, test.t(now, before), test.tTest(now, before)));
    }

    /**
     * The two-proportion z-test with the pooled share under the null hypothesis (equivalent to the chi-square test
     * of the 2×2 table without continuity correction), for a share such as the top-two-box. Empty without answers in
     * a period.
     */
    public static Optional<PeriodChange> ofShares(long count, long n, long previousCount, long previousN) {
        if (n == 0 || previousN == 0) {
            return Optional.empty();
        }
        double share = (double) count / n;
        double previousShare = (double) previousCount / previousN;
        double pooled = (double) (count + previousCount) / (n + previousN);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n + 1.0 / previousN));
        return Optional.of(z(share - previousShare, standardError));
    }

    /**
     * The z-test of the difference of two NPS, each the mean of +1 (promoter), 0 (passive) and −1 (detractor) scores
     * with variance pP + pD − (pP − pD)², the variance analytics-service's NPS interval uses; the standard errors of
     * the two independent periods add in quadrature. The difference is in NPS points. Empty below two answers.
     */
    public static Optional<PeriodChange> ofNps(long promoters, long detractors, long n, long previousPromoters,
            long previousDetractors, long previousN) {
        if (n < 2 || previousN < 2) {
            return Optional.empty();
        }
        double difference = nps(promoters, detractors, n) - nps(previousPromoters, previousDetractors, previousN);
        double standardError = Math.sqrt(npsVariance(promoters, detractors, n)
                + npsVariance(previousPromoters, previousDetractors, previousN));
        return Optional.of(z(difference, standardError));
    }

    private static PeriodChange z(double difference, double standardError) {
        if (standardError == 0) {
            return withoutVariance(difference);
        }
        double z = difference / standardError;
        return of(difference, z, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }

    /** Every answer alike in both periods: the figures differ for certain, or not at all. */
    private static PeriodChange withoutVariance(double difference) {
        return difference == 0 ? new PeriodChange(0, 0, 1, false)
                : new PeriodChange(difference, Math.copySign(Double.POSITIVE_INFINITY, difference), 0, true);
    }

    private static PeriodChange of(double difference, double statistic, double pValue) {
        return new PeriodChange(difference, statistic, pValue, pValue < ALPHA);
    }

    private static StatisticalSummaryValues summary(double mean, double standardDeviation, long n) {
        return new StatisticalSummaryValues(mean, standardDeviation * standardDeviation, n, Double.NaN, Double.NaN,
                mean * n);
    }

    private static double nps(long promoters, long detractors, long n) {
        return 100.0 * (promoters - detractors) / n;
    }

    /** The variance of one period's NPS, in squared NPS points. */
    private static double npsVariance(long promoters, long detractors, long n) {
        double promoterShare = (double) promoters / n;
        double detractorShare = (double) detractors / n;
        double difference = promoterShare - detractorShare;
        return 100 * 100 * (promoterShare + detractorShare - difference * difference) / n;
    }
}
