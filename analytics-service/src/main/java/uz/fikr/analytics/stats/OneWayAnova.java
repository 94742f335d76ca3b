package uz.fikr.analytics.stats;

import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * One-way analysis of variance on the moments of k groups: F, its degrees of freedom, the p-value and eta squared
 * (the share of the total variance between groups).
 */
public record OneWayAnova(double f, int dfBetween, long dfWithin, double pValue, double etaSquared) {

    public static OneWayAnova of(List<Moments> groups) {
        if (groups.size() < 2) {
            throw new IllegalArgumentException("ANOVA needs at least two groups");
        }
        Moments all = groups.stream().reduce(Moments.EMPTY, Moments::plus);
        double grandMean = all.mean();
        double between = 0;
        double within = 0;
        for (Moments group : groups) {
            if (group.n() == 0) {
                throw new IllegalArgumentException("ANOVA groups must not be empty");
            }
            between += group.n() * Math.pow(group.mean() - grandMean, 2);
            within += Math.max(0, group.sumOfSquares() - group.sum() * group.sum() / group.n());
        }
        int dfBetween = groups.size() - 1;
        long dfWithin = all.n() - groups.size();
        if (dfWithin < 1) {
            throw new IllegalArgumentException("ANOVA needs more answers than groups");
        }
        double total = between + within;
        double eta = total == 0 ? 0 : between / total;
        if (within == 0) {
            return new OneWayAnova(between == 0 ? 0 : Double.POSITIVE_INFINITY, dfBetween, dfWithin,
                    between == 0 ? 1 : 0, eta);
        }
        double f = (between / dfBetween) / (within / dfWithin);
        double p = 1 - new FDistribution(null, dfBetween, dfWithin).cumulativeProbability(f);
        return new OneWayAnova(f, dfBetween, dfWithin, p, eta);
    }
}
