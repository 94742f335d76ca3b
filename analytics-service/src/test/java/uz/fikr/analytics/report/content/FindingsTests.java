package uz.fikr.analytics.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTests {

    @Test
    void theSummaryPutsTooFewAnswersFirstThenChangesThenGapsThenNeedsWhateverTheSurvey() {
        Findings first = new Findings();
        first.add(Findings.Rank.NEEDS, "needs");
        first.add(Findings.Rank.GAPS, "gaps");
        first.add(Findings.Rank.KPI_CHANGE, "satisfaction rose");
        Findings second = new Findings();
        second.add(Findings.Rank.NO_CHANGE, "nothing changed");
        second.add(Findings.Rank.TOO_FEW, "too few");
        second.add(Findings.Rank.KPI_CHANGE, "nps fell");

        List<String> summary = Findings.sentences(List.of(first, second), (survey, sentence) -> survey + ": "
                + sentence);

        assertThat(summary).containsExactly("1: too few", "0: satisfaction rose", "1: nps fell", "0: gaps",
                "0: needs", "1: nothing changed");
    }
}
