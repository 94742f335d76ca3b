package uz.fikr.dashboard.trends;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.chart.EChart;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.trends.Trend.PeriodFigures;
import uz.fikr.events.survey.Question;

/**
 * One question's trend: its text as the heading, the line chart with the interval band, a sentence on the last
 * change and on suppressed periods, and the table with the same figures (exportable).
 */
class TrendPanel extends Div {

    private final H2 heading = new H2();
    private final EChart chart = new EChart();
    private final Paragraph change = new Paragraph();
    private final Paragraph suppression = new Paragraph();
    private final DataTable table = new DataTable();

    TrendPanel() {
        addClassName("trend-panel");
        chart.addClassName("trend-chart");
        chart.setWidthFull();
        chart.setHeight("360px");
        change.addClassName("trend-change");
        add(heading, chart, change, suppression, table);
    }

    void show(Question question, Grain grain, Trend trend) {
        Texts texts = new Texts(this, getLocale());
        String questionText = SurveyQuestions.text(question, getLocale());
        heading.setText(questionText);
        List<String> periods = trend.periods().stream().map(period -> grain.label(period.start(), texts)).toList();
        chart.setAccessibleLabel(getTranslation("trends.chart.label", questionText,
                grain.per(texts)));
        chart.setOption(TrendChartOption.of(trend.periods(), periods, getTranslation("trends.chart.mean"),
                getTranslation("trends.chart.band"), question.scaleMin(), question.scaleMax()));
        change.setText(changeText(trend, grain, texts));
        long hidden = trend.periods().stream().filter(period -> !period.shown()).count();
        suppression.setVisible(hidden > 0);
        suppression.setText(getTranslation("trends.summary.suppressed", Long.toString(hidden),
                Integer.toString(trend.periods().size()), Integer.toString(trend.minimumGroupSize())));
        table.show(TrendTable.of(trend, grain, getTranslation("trends.table.caption", questionText), texts));
    }

    private String changeText(Trend trend, Grain grain, Texts texts) {
        if (trend.periods().isEmpty()) {
            return getTranslation("trends.summary.empty");
        }
        Trend.Change last = trend.lastChange();
        if (last == null) {
            return getTranslation("trends.summary.noChange");
        }
        Formats formats = texts.formats();
        String direction = ChangeWording.direction(texts, last.difference(),
                formats.number(Math.abs(last.difference()), 2));
        String verdict = ChangeWording.verdict(texts, last.significant(), getTranslation("trends.test.welch"),
                last.pValue());
        PeriodFigures from = shown(trend, last.from());
        PeriodFigures to = shown(trend, last.to());
        if (from == null || to == null) {
            return getTranslation("trends.summary.noChange");
        }
        return getTranslation("trends.summary.change", direction, formats.number(from.mean(), 2),
                grain.labelWithN(from, texts), formats.number(to.mean(), 2), grain.labelWithN(to, texts), verdict);
    }

    private static @Nullable PeriodFigures shown(Trend trend, LocalDate start) {
        return trend.periods().stream().filter(period -> period.start().equals(start) && period.shown())
                .findFirst().orElse(null);
    }
}
