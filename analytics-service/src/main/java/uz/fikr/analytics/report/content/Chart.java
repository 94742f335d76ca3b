package uz.fikr.analytics.report.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn on the server. One shape serves the three kinds: each point has a value and, optionally, a range.
 *
 * @param id unique within the report, ASCII ({@code [a-z0-9-]+})
 * @param description what the chart shows, in words: the PDF's alternative text
 * @param valueAxis the value axis's label, e.g. "Mean rating (1–9)"
 * @param axisMin the value axis's lower bound
 * @param axisMax the value axis's upper bound
 * @param legend the names of the point, the range and the flag, in the report's language
 */
public record Chart(String id, String title, String description, ChartKind kind, String valueAxis, double axisMin,
        double axisMax, Legend legend, List<Point> points) {

    public Chart {
        points = List.copyOf(points);
    }

    /**
     * @param value e.g. "Perceived", "Mean"
     * @param range e.g. "Zone of tolerance (minimum to desired)", "95% confidence interval"
     * @param flagged e.g. "Below minimum"; null when no point can be flagged
     */
    public record Legend(String value, String range, @Nullable String flagged) {
    }

    /**
     * One category (an item, a branch, a period) of a chart.
     *
     * @param value the point; null leaves a gap (a suppressed period)
     * @param low the range's lower end, or null for no range
     * @param high the range's upper end, or null for no range
     * @param flagged drawn with a different shape and named in the legend, never by colour alone
     */
    public record Point(String label, @Nullable Double value, @Nullable Double low, @Nullable Double high,
            boolean flagged) {
    }
}
