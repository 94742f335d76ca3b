package uz.fikr.dashboard.summary;

import java.text.NumberFormat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import uz.fikr.dashboard.chart.EChart;

/**
 * The overall-satisfaction section: a bar chart of the ratings and, beside it, the same numbers as
 * text (mean, n and a rating → count table) for screen readers and for anyone who wants exact figures.
 */
class SatisfactionPanel extends Div {

    private final H2 heading = new H2();
    private final EChart chart = new EChart();
    private final Paragraph summary = new Paragraph();
    private final NativeTable table = new NativeTable();

    SatisfactionPanel() {
        Div body = new Div();
        body.addClassName("satisfaction");
        chart.addClassName("satisfaction-chart");
        chart.setWidthFull();
        chart.setHeight("320px");
        Div text = new Div(summary, table);
        text.addClassName("satisfaction-text");
        body.add(chart, text);
        add(heading, body);
    }

    void show(SatisfactionDistribution distribution) {
        heading.setText(getTranslation("satisfaction.title"));
        summary.setText(distribution.mean() == null
                ? getTranslation("satisfaction.noAnswers")
                : getTranslation("satisfaction.summary", distribution.mean(), distribution.n()));
        chart.setAccessibleLabel(getTranslation("satisfaction.chart.label"));
        chart.setOption(SatisfactionChartOption.of(distribution, getTranslation("satisfaction.chart.axis.rating"),
                getTranslation("satisfaction.chart.axis.count")));
        fillTable(distribution);
    }

    private void fillTable(SatisfactionDistribution distribution) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        table.setCaptionText(getTranslation("satisfaction.table.caption"));
        table.getHead().removeAllRows();
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("satisfaction.table.rating"));
        header.addHeaderCell().setText(getTranslation("satisfaction.table.count"));
        table.getBody().removeAllRows();
        for (int rating : SatisfactionDistribution.ratings()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(numbers.format(rating));
            row.addDataCell().setText(numbers.format(distribution.count(rating)));
        }
    }
}
