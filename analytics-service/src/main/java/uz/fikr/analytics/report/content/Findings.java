package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    List<String> sentences() {
        return findings.stream().sorted(Comparator.comparing(Finding::rank).thenComparing(Finding::order))
                .map(Finding::sentence).toList();
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
