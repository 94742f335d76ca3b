package uz.fikr.analytics.report.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uz.fikr.analytics.insights.Comparison;
import uz.fikr.analytics.query.Grouping;

/** What a comparison of groups found, in the report's words: which groups differ, with the test named. */
final class ComparisonWords {

    private final ReportText text;
    private final Grouping grouping;

    ComparisonWords(ReportText text, Grouping grouping) {
        this.text = text;
        this.grouping = grouping;
    }

    String group(String code) {
        return text.group(grouping, code);
    }

    String finding(Comparison comparison) {
        String name = text.get("grouping." + grouping.parameter());
        Comparison.Test test = comparison.test();
        if (test == null) {
            return text.get("comparisons.noTest", name);
        }
        String evidence = text.get("comparisons.evidence", text.get("test." + test.name()), p(test.pValue()));
        if (!test.significant()) {
            return text.get("comparisons.noDifference", name, evidence);
        }
        Map<String, Double> means = comparison.groups().stream().filter(g -> !g.suppressed() && g.mean() != null)
                .collect(Collectors.toMap(Comparison.Group::group, Comparison.Group::mean));
        List<String> pairs = comparison.pairs().stream().filter(Comparison.Pair::significant).map(pair -> {
            boolean firstHigher = pair.meanDifference() > 0;
            String higher = firstHigher ? pair.first() : pair.second();
            String lower = firstHigher ? pair.second() : pair.first();
            return text.get("comparisons.pair", group(higher), text.number(means.get(higher), CellKind.DECIMAL),
                    group(lower), text.number(means.get(lower), CellKind.DECIMAL));
        }).toList();
        return pairs.isEmpty() ? text.get("comparisons.differNoPair", name, evidence)
                : text.get("comparisons.differ", name, evidence, text.list(pairs));
    }

    /** "p = 0,003", or "p < 0,001". */
    String p(double value) {
        String written = text.number(value, CellKind.P_VALUE);
        return written.startsWith("<") ? "p " + written : "p = " + written;
    }
}
