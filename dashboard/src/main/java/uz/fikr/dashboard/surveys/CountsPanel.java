package uz.fikr.dashboard.surveys;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.table.DataTable;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * A survey's response counts: the total, and tables per channel and per branch with the question they are counted
 * by. Suppressed groups say so instead of a number.
 */
class CountsPanel extends Div {

    private final Paragraph total = new Paragraph();
    private final Paragraph basis = new Paragraph();
    private final DataTable channels = new DataTable();
    private final DataTable branches = new DataTable();

    CountsPanel() {
        addClassName("survey-counts");
        total.addClassName("survey-total");
        basis.addClassName("survey-counts-basis");
        var tables = new Div(channels, branches);
        tables.addClassName("survey-count-tables");
        add(total, basis, tables);
    }

    /**
     * @param counts the counts, or null when analytics-service could not be asked
     * @param survey the version whose questions name the basis, or null
     */
    void show(@Nullable ResponseCounts counts, @Nullable SurveyDefinition survey) {
        boolean grouped = counts != null && counts.basis() != null;
        channels.setVisible(grouped);
        branches.setVisible(grouped);
        basis.setVisible(counts != null && counts.total() != null);
        if (counts == null) {
            total.setText(getTranslation("surveys.counts.unavailable"));
            return;
        }
        if (counts.total() == null) {
            total.setText(getTranslation("surveys.counts.none"));
            return;
        }
        var texts = new CountTexts(this, getLocale());
        total.setText(getTranslation("surveys.counts.total", texts.total(counts).toString()));
        if (!grouped || survey == null) {
            basis.setText(getTranslation("surveys.counts.noBasis"));
            return;
        }
        String question = survey.question(counts.basis()).map(q -> SurveyLanguages.text(q.text(),
                SurveyLanguages.of(getLocale()), q.id())).orElse(counts.basis());
        basis.setText(getTranslation("surveys.counts.basis", question));
        channels.show(texts.table("responses-by-channel", counts.byChannel(), true, counts.minimumGroupSize()));
        branches.show(texts.table("responses-by-branch", counts.byBranch(), false, counts.minimumGroupSize()));
    }
}
