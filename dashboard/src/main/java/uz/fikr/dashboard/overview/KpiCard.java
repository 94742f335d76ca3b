package uz.fikr.dashboard.overview;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.chart.EChart;

/**
 * A key figure: a heading, the number in large type, its interval, n, the change since the previous period in words,
 * and a small trend with the same trend in one sentence beside it.
 */
class KpiCard extends Section {

    private final H3 heading = new H3();
    private final Paragraph value = new Paragraph();
    private final Paragraph interval = new Paragraph();
    private final Paragraph n = new Paragraph();
    private final Paragraph change = new Paragraph();
    private final Paragraph note = new Paragraph();
    private final EChart sparkline = new EChart();
    private final Paragraph trend = new Paragraph();

    KpiCard() {
        addClassName("kpi-card");
        value.addClassName("kpi-value");
        interval.addClassName("kpi-interval");
        n.addClassName("kpi-n");
        change.addClassName("kpi-change");
        note.addClassName("kpi-note");
        sparkline.addClassName("kpi-sparkline");
        sparkline.setWidthFull();
        sparkline.setHeight("56px");
        trend.addClassName("kpi-trend");
        add(heading, value, interval, n, change, note, sparkline, trend);
    }

    void show(Kpi kpi) {
        setId("kpi-" + kpi.id());
        heading.setId("kpi-" + kpi.id() + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        heading.setText(kpi.heading());
        value.setText(kpi.value());
        value.setClassName("kpi-words", !kpi.hasFigure());
        set(interval, kpi.interval());
        set(n, kpi.n());
        set(change, kpi.change());
        set(note, kpi.note());
        Kpi.Sparkline small = kpi.sparkline();
        sparkline.setVisible(small != null);
        trend.setVisible(small != null);
        if (small != null) {
            sparkline.setAccessibleLabel(small.label());
            sparkline.setOption(small.option());
            trend.setText(small.summary());
        }
    }

    private static void set(Paragraph paragraph, @Nullable String text) {
        paragraph.setVisible(text != null);
        paragraph.setText(text == null ? "" : text);
    }
}
