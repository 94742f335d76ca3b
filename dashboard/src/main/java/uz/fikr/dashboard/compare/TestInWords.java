package uz.fikr.dashboard.compare;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;

/**
 * What the test found, in plain words in the user's language: whether the groups differ, which one rated higher
 * and by how much, the p-value (Holm-corrected for pairs) and the effect size; for more than two groups, the pairs
 * that still differ after Holm's correction.
 *
 * @param summary the finding, e.g. "“Teacher” rated higher than “Student”: 4.10 vs 3.40 (Welch's t-test, p = 0.003)."
 * @param effect the effect size, or empty when there is none
 * @param pairwise whether the pairs were tested one by one (more than two groups); then {@code pairs} lists those
 *     that differ
 */
record TestInWords(String summary, String effect, boolean pairwise, List<String> pairs) {

    static TestInWords of(Comparison comparison, GroupBy by, Locale locale, Translation texts) {
        Formats formats = Formats.of(locale);
        Comparison.Test test = comparison.test();
        if (test == null) {
            return new TestInWords(texts.get("compare.test.none"), "", false, List.of());
        }
        String p = formats.pValue(test.pValue());
        String effect = effect(test, formats, texts);
        String name = "welch".equals(test.name()) && comparison.pairs().isEmpty() ? "welch without pairs" : test.name();
        return switch (name) {
            case "welch" -> new TestInWords(twoGroups(comparison, by, p, formats, texts), effect, false, List.of());
            case "anova" -> new TestInWords(texts.get(test.significant() ? "compare.anova.differ" : "compare.anova.same",
                    p), effect, true, pairs(comparison, by, formats, texts));
            case "chi-square" -> new TestInWords(texts.get(test.significant() ? "compare.chiSquare.differ"
                    : "compare.chiSquare.same", p), effect, false, List.of());
            default -> new TestInWords(texts.get("compare.test.unknown", test.name(), p), effect, false, List.of());
        };
    }

    private static String twoGroups(Comparison comparison, GroupBy by, String p, Formats formats, Translation texts) {
        Comparison.Pair pair = comparison.pairs().getFirst();
        return difference(pair.significant() ? "compare.welch.differ" : "compare.welch.same", pair, comparison, by,
                p, formats, texts);
    }

    private static List<String> pairs(Comparison comparison, GroupBy by, Formats formats, Translation texts) {
        return comparison.pairs().stream().filter(Comparison.Pair::significant)
                .map(pair -> difference("compare.pair", pair, comparison, by, formats.pValue(pair.adjustedPValue()),
                        formats, texts))
                .toList();
    }

    /** The pattern {@code key} with the higher group, the lower group, their means and the p-value. */
    private static String difference(String key, Comparison.Pair pair, Comparison comparison, GroupBy by, String p,
            Formats formats, Translation texts) {
        boolean firstHigher = pair.meanDifference() >= 0;
        String higher = firstHigher ? pair.first() : pair.second();
        String lower = firstHigher ? pair.second() : pair.first();
        return texts.get(key, by.label(higher, texts::get), by.label(lower, texts::get),
                mean(comparison, higher, formats), mean(comparison, lower, formats), p);
    }

    private static String effect(Comparison.Test test, Formats formats, Translation texts) {
        @Nullable Double size = test.effectSize();
        if (size == null) {
            return "";
        }
        return texts.get("compare.effect." + test.effectSizeName(), formats.number(size, 2));
    }

    private static String mean(Comparison comparison, String group, Formats formats) {
        return comparison.group(group).map(Comparison.Group::mean)
                .map(mean -> formats.number(mean, CompareTable.DECIMALS)).orElse("–");
    }
}
