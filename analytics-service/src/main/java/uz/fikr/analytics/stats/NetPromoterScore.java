package uz.fikr.analytics.stats;

import java.util.Optional;

/**
 * NPS from the counts of promoters (9-10), passives (7-8) and detractors (0-6): the share of promoters minus the
 * share of detractors, times 100. Its interval treats each answer as +1, 0 or -1, whose variance is
 * {@code pP + pD - (pP - pD)^2}.
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

    public long n() {
        return promoters + passives + detractors;
    }

    public double score() {
        return n() == 0 ? Double.NaN : 100.0 * (promoters - detractors) / n();
    }

    public Optional<Interval> interval(double confidence) {
        long n = n();
        if (n < 2) {
            return Optional.empty();
        }
        double promoterShare = (double) promoters / n;
        double detractorShare = (double) detractors / n;
        double difference = promoterShare - detractorShare;
        double variance = promoterShare + detractorShare - difference * difference;
        double halfWidth = 100 * Proportion.Normal.quantile(confidence) * Math.sqrt(variance / n);
        return Optional.of(new Interval(Math.max(-100, score() - halfWidth), Math.min(100, score() + halfWidth)));
    }

    /** Sorts counts per 0-10 answer into promoters, passives and detractors. */
    public static NetPromoterScore fromCounts(long[] countsPerScore) {
        if (countsPerScore.length != 11) {
            throw new IllegalArgumentException("need counts for the scores 0 to 10");
        }
        long promoters = countsPerScore[9] + countsPerScore[10];
        long passives = countsPerScore[7] + countsPerScore[8];
        long detractors = 0;
        for (int score = 0; score <= 6; score++) {
            detractors += countsPerScore[score];
        }
        return new NetPromoterScore(promoters, passives, detractors);
    }
}
