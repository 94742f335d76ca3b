package uz.fikr.dashboard.compare;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import uz.fikr.dashboard.chart.EChart;
import uz.fikr.dashboard.compare.CompareChartOption.Mean;
import uz.fikr.dashboard.compare.CompareChartOption.OptionShares;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

/**
 * A comparison on screen: the chart of the shown groups with the same figures as a table beside it (suppressed
 * groups only in the table, marked as such), and what the test found in plain words.
 */
class CompareResults extends Div {

    private final H2 groupsHeading = new H2();
    private final EChart chart = new EChart();
    private final DataTable table = new DataTable();
    private final Section test = new Section();
    private final H2 testHeading = new H2();
    private final Paragraph summary = new Paragraph();
    private final Paragraph effect = new Paragraph();
    private final H3 pairsHeading = new H3();
    private final UnorderedList pairs = new UnorderedList();

    CompareResults() {
        addClassName("compare-results");
        chart.addClassName("compare-chart");
        chart.setWidthFull();
        summary.addClassName("compare-summary");
        pairs.addClassName("compare-pairs");
        var figures = new Div(chart, table);
        figures.addClassName("compare-figures");
        test.addClassName("compare-test");
        test.add(testHeading, summary, effect, pairsHeading, pairs);
        add(new Section(groupsHeading, figures), test);
    }

    void show(Comparison comparison, Question question, GroupBy by, Translation texts) {
        Locale locale = getLocale();
        groupsHeading.setText(texts.get("compare.groups.heading"));
        table.show(CompareTable.of(comparison, question, by, locale, texts));
        drawChart(comparison, question, by, locale, texts);
        testHeading.setText(texts.get("compare.test.heading"));
        TestInWords words = TestInWords.of(comparison, by, locale, texts);
        summary.setText(words.summary());
        effect.setText(words.effect());
        effect.setVisible(!words.effect().isEmpty());
        pairsHeading.setText(texts.get("compare.pairs.heading"));
        pairsHeading.setVisible(words.pairwise());
        pairs.removeAll();
        words.pairs().forEach(pair -> pairs.add(new ListItem(pair)));
        if (words.pairwise() && words.pairs().isEmpty()) {
            pairs.add(new ListItem(texts.get("compare.pairs.none")));
        }
        pairs.setVisible(words.pairwise());
    }

    private void drawChart(Comparison comparison, Question question, GroupBy by, Locale locale, Translation texts) {
        Formats formats = Formats.of(locale);
        List<Comparison.Group> shown = comparison.groups().stream()
                .filter(group -> !group.suppressed() && group.n() != null && group.n() > 0).toList();
        List<String> labels = shown.stream().map(group -> by.label(group.group(), texts::get)).toList();
        chart.setHeight(Math.max(200, 80 + 48 * shown.size()) + "px");
        if (question.type() == QuestionType.SINGLE_CHOICE) {
            List<OptionShares> options = question.options().stream()
                    .map(option -> new OptionShares(CompareQuestions.optionText(question, option.id(), locale),
                            shown.stream().map(group -> share(group, option.id())).toList()))
                    .toList();
            chart.setAccessibleLabel(texts.get("compare.chart.shares.label", CompareTable.caption(question, by,
                    locale, texts)));
            chart.setOption(CompareChartOption.shares(labels, options, formats, texts.get("compare.axis.share")));
            return;
        }
        List<Mean> means = shown.stream().filter(group -> group.mean() != null)
                .map(group -> new Mean(by.label(group.group(), texts::get), group.mean(), group.meanInterval(),
                        formats.number(group.mean(), CompareTable.DECIMALS), detail(group, formats, texts)))
                .toList();
        chart.setAccessibleLabel(texts.get("compare.chart.means.label", CompareTable.caption(question, by, locale,
                texts)));
        chart.setOption(CompareChartOption.means(means, question.scaleMin(), question.scaleMax(),
                texts.get("compare.axis.mean")));
    }

    private static double share(Comparison.Group group, String option) {
        long n = group.n() == null ? 0 : group.n();
        return n == 0 || group.counts() == null ? 0 : group.counts().getOrDefault(option, 0L) / (double) n;
    }

    /** "3.40 (3.10–3.70), n = 12". */
    private static String detail(Comparison.Group group, Formats formats, Translation texts) {
        var interval = group.meanInterval();
        double mean = group.mean() == null ? Double.NaN : group.mean();
        String figure = interval == null ? formats.number(mean, CompareTable.DECIMALS)
                : formats.interval(mean, interval.lower(), interval.upper(), CompareTable.DECIMALS);
        return figure + ", " + texts.get("common.n", formats.integer(group.n() == null ? 0 : group.n()));
    }
}
