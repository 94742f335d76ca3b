package uz.fikr.dashboard.chart;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import tools.jackson.databind.node.ObjectNode;

import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableData;

/**
 * A section of a page with figures: a heading, a note in plain words, a chart and, below it, the same numbers as an
 * exportable table, so that nothing the chart says is lost to a screen reader. The section is labelled by its
 * heading; the chart can be left out when there is nothing to draw.
 */
public class ChartSection extends Section {

    private final H2 heading = new H2();
    private final Paragraph note = new Paragraph();
    private final EChart chart = new EChart();
    private final DataTable table = new DataTable();

    /** @param id the section's id, unique on the page; its heading's id is {@code <id>-heading} */
    public ChartSection(String id) {
        setId(id);
        addClassName("chart-section");
        heading.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", id + "-heading");
        note.addClassName("chart-note");
        chart.addClassName("chart-section-chart");
        chart.setWidthFull();
        add(heading, note, chart, table);
    }

    /** Shows the heading, the note (none when empty) and the table. */
    public void show(String title, String noteText, TableData data) {
        heading.setText(title);
        note.setText(noteText);
        note.setVisible(!noteText.isEmpty());
        table.show(data);
    }

    /**
     * Draws the chart.
     *
     * @param label what the chart shows, for screen readers
     * @param height a CSS height, e.g. {@code 320px}
     */
    public void chart(ObjectNode option, String label, String height) {
        chart.setOption(option);
        chart.setAccessibleLabel(label);
        chart.setHeight(height);
        chart.setVisible(true);
    }

    /** Leaves the chart out, e.g. when every figure is suppressed. */
    public void noChart() {
        chart.setVisible(false);
    }

    public DataTable table() {
        return table;
    }
}
