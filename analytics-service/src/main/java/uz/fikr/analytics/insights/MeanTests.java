package uz.fikr.analytics.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Holm;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.analytics.stats.OneWayAnova;
import uz.fikr.analytics.stats.WelchTest;

/**
 * The tests of means between the shown groups (each with at least two answers): Welch for two, one-way ANOVA plus
 * Holm-corrected pairwise Welch tests for more; and the sentence that says what they found.
 */
record MeanTests(Comparison.@Nullable Test overall, List<Comparison.Pair> pairs, String statement) {

    static final double ALPHA = 0.05;

    static MeanTests of(Map<String, Moments> shown) {
        List<Map.Entry<String, Moments>> testable = shown.entrySet().stream()
                .filter(entry -> entry.getValue().n() >= 2).toList();
        if (testable.size() < 2) {
            return new MeanTests(null, List.of(),
                    "Too few groups with enough answers to compare; no test was made.");
        }
        List<Comparison.Pair> pairs = pairs(testable);
        if (testable.size() == 2) {
            Comparison.Pair pair = pairs.get(0);
            Comparison.Test test = new Comparison.Test("welch", pair.t(), pair.degreesOfFreedom(), null,
                    pair.pValue(), "cohensD", pair.cohensD(), pair.significant());
            return new MeanTests(test, pairs, twoGroups(pair, shown));
        }
        OneWayAnova anova = OneWayAnova.of(testable.stream().map(Map.Entry::getValue).toList());
        Comparison.Test test = new Comparison.Test("anova", anova.f(), anova.dfBetween(),
                (double) anova.dfWithin(), anova.pValue(), "etaSquared", anova.etaSquared(), anova.pValue() < ALPHA);
        return new MeanTests(test, pairs, manyGroups(anova, pairs, shown));
    }

    private static List<Comparison.Pair> pairs(List<Map.Entry<String, Moments>> groups) {
        List<int[]> indices = new ArrayList<>();
        List<WelchTest> tests = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                indices.add(new int[] {i, j});
                tests.add(WelchTest.of(groups.get(i).getValue(), groups.get(j).getValue()));
            }
        }
        double[] adjusted = Holm.adjust(tests.stream().mapToDouble(WelchTest::pValue).toArray());
        List<Comparison.Pair> pairs = new ArrayList<>();
        for (int k = 0; k < tests.size(); k++) {
            Map.Entry<String, Moments> first = groups.get(indices.get(k)[0]);
            Map.Entry<String, Moments> second = groups.get(indices.get(k)[1]);
            WelchTest test = tests.get(k);
            pairs.add(new Comparison.Pair(first.getKey(), second.getKey(),
                    first.getValue().mean() - second.getValue().mean(), test.t(), test.degreesOfFreedom(),
                    test.pValue(), adjusted[k], Figures.finite(test.cohensD()), adjusted[k] < ALPHA));
        }
        return pairs;
    }

    private static String twoGroups(Comparison.Pair pair, Map<String, Moments> shown) {
        if (!pair.significant()) {
            return String.format(Locale.ROOT, "No significant difference between %s and %s at the 5%% level "
                    + "(%.2f vs %.2f, Welch's t-test, %s).", pair.first(), pair.second(),
                    shown.get(pair.first()).mean(), shown.get(pair.second()).mean(), p(pair.pValue()));
        }
        return difference(pair, shown, "Welch's t-test, " + p(pair.pValue())) + ".";
    }

    private static String manyGroups(OneWayAnova anova, List<Comparison.Pair> pairs, Map<String, Moments> shown) {
        if (anova.pValue() >= ALPHA) {
            return "No significant difference between the groups at the 5% level (one-way ANOVA, "
                    + p(anova.pValue()) + ").";
        }
        List<String> significant = pairs.stream().filter(Comparison.Pair::significant)
                .map(pair -> difference(pair, shown, p(pair.adjustedPValue()) + " after Holm correction"))
                .toList();
        return "The groups differ (one-way ANOVA, " + p(anova.pValue()) + "). "
                + (significant.isEmpty()
                        ? "No single pair differs significantly after Holm correction."
                        : String.join("; ", significant) + ".");
    }

    private static String difference(Comparison.Pair pair, Map<String, Moments> shown, String evidence) {
        boolean firstHigher = pair.meanDifference() > 0;
        String higher = firstHigher ? pair.first() : pair.second();
        String lower = firstHigher ? pair.second() : pair.first();
        return String.format(Locale.ROOT, "%s rate higher than %s: %.2f vs %.2f (%s)", higher, lower,
                shown.get(higher).mean(), shown.get(lower).mean(), evidence);
    }

    /** "p = 0.003", or "p < 0.001" for smaller values. */
    static String p(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
