package uz.fikr.analytics.report.render;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ChartKind;

/**
 * INTERVALS and ZONE charts: one row per category (an item, a branch), the range as a bar (thin for a confidence
 * interval, wide for a zone of tolerance) and the value as a point on it; a flagged value is a triangle.
 */
final class CategoryCharts {

    private final ChartStyle style;

    CategoryCharts(ChartStyle style) {
        this.style = style;
    }

    JFreeChart draw(Chart chart) {
        List<Chart.Point> points = chart.points();
        Category[] categories = new Category[points.size()];
        Number[][] lows = new Number[1][points.size()];
        Number[][] highs = new Number[1][points.size()];
        var values = new DefaultCategoryDataset();
        for (int i = 0; i < points.size(); i++) {
            Chart.Point point = points.get(i);
            categories[i] = new Category(i, point.label());
            lows[0][i] = point.low();
            highs[0][i] = point.high();
            values.addValue(point.flagged() ? null : point.value(), Series.VALUE, categories[i]);
            values.addValue(point.flagged() ? point.value() : null, Series.FLAGGED, categories[i]);
        }
        var ranges = new DefaultIntervalCategoryDataset(new Comparable<?>[] {Series.RANGE}, categories, lows, highs);

        var categoryAxis = new CategoryAxis(null);
        style.axis(categoryAxis);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.38f);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.25);
        NumberAxis valueAxis = style.valueAxis(chart);

        var plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainAxis(categoryAxis);
        plot.setRangeAxis(valueAxis);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(0, values);
        plot.setRenderer(0, pointRenderer());
        plot.setDataset(1, ranges);
        plot.setRenderer(1, rangeRenderer(chart.kind()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.line(0.6f));
        plot.setDomainGridlinesVisible(false);
        plot.setFixedLegendItems(style.legend(chart));
        return style.chart(plot);
    }

    private static LineAndShapeRenderer pointRenderer() {
        var renderer = new LineAndShapeRenderer(false, true);
        renderer.setUseSeriesOffset(false);
        renderer.setSeriesShape(0, ChartStyle.POINT);
        renderer.setSeriesPaint(0, ChartStyle.VALUE);
        renderer.setSeriesShape(1, ChartStyle.FLAG);
        renderer.setSeriesPaint(1, ChartStyle.FLAGGED);
        return renderer;
    }

    private static IntervalBarRenderer rangeRenderer(ChartKind kind) {
        var renderer = new IntervalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.range(kind));
        renderer.setMaximumBarWidth(kind == ChartKind.ZONE ? 0.6 : 0.05);
        return renderer;
    }

    private enum Series { VALUE, FLAGGED, RANGE }

    /** A category keyed by its place, so two rows with the same label stay two rows; the axis shows the label. */
    private record Category(int index, String label) implements Comparable<Category> {

        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Category category && category.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
