package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the sections found that a director should read first; the executive summary is made of these sentences, the
 * most important first.
 */
final class Findings {

    /** How important a finding is: lower comes first. */
    enum Rank { TOO_FEW, KPI_CHANGE, QUESTION_CHANGE, GAPS, NEEDS, NO_CHANGE }

    private final List<Finding> findings = new ArrayList<>();
    private long excludedInconsistent;

    void add(Rank rank, String sentence) {
        findings.add(new Finding(rank, findings.size(), sentence));
    }

    boolean has(Rank rank) {
        return findings.stream().anyMatch(finding -> finding.rank() == rank);
    }

    /**
     * The findings of a report's surveys together, most important first (of equal rank, in survey order), each
     * sentence as {@code sentence} words it given the survey's index.
     */
    static List<String> sentences(List<Findings> perSurvey, BiFunction<Integer, String, String> sentence) {
        record Numbered(int survey, Finding finding) {}
        List<Numbered> all = new ArrayList<>();
        for (int i = 0; i < perSurvey.size(); i++) {
            for (Finding finding : perSurvey.get(i).findings) {
                all.add(new Numbered(i, finding));
            }
        }
        return all.stream().sorted(Comparator.comparing((Numbered n) -> n.finding().rank())
                        .thenComparingInt(Numbered::survey).thenComparingInt(n -> n.finding().order()))
                .map(n -> sentence.apply(n.survey(), n.finding().sentence())).toList();
    }

    /** Three-column answers with the minimum above the desired level, left out of the gaps of the period. */
    void excludedInconsistent(long answers) {
        this.excludedInconsistent = answers;
    }

    long excludedInconsistent() {
        return excludedInconsistent;
    }

    private record Finding(Rank rank, int order, String sentence) {}
}
