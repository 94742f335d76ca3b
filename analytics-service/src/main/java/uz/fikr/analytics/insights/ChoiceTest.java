package uz.fikr.analytics.insights;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.ChiSquareIndependence;

/** Chi-square test of independence between the shown groups and the options of a single choice. */
record ChoiceTest(Comparison.@Nullable Test test, String statement) {

    static ChoiceTest of(Map<String, Map<String, Long>> shown) {
        List<long[]> rows = shown.values().stream()
                .map(counts -> counts.values().stream().mapToLong(Long::longValue).toArray())
                .toList();
        try {
            ChiSquareIndependence result = ChiSquareIndependence.of(rows.toArray(long[][]::new));
            boolean significant = result.pValue() < MeanTests.ALPHA;
            Comparison.Test test = new Comparison.Test("chi-square", result.chiSquare(), result.degreesOfFreedom(),
                    null, result.pValue(), "cramersV", Figures.finite(result.cramersV()), significant);
            String evidence = String.format(Locale.ROOT, "chi-square = %.2f, df = %d, %s", result.chiSquare(),
                    result.degreesOfFreedom(), MeanTests.p(result.pValue()));
            return new ChoiceTest(test, significant
                    ? "The answers differ between the groups (" + evidence + ")."
                    : "No significant difference between the groups at the 5% level (" + evidence + ").");
        } catch (IllegalArgumentException notEnough) {
            return new ChoiceTest(null, "Too few groups or options with answers to compare; no test was made.");
        }
    }
}
