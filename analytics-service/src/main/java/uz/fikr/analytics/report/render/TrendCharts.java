package uz.fikr.analytics.report.render;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import uz.fikr.analytics.report.content.Chart;

/**
 * TREND charts: periods in order along the bottom, a line through the values with the interval as a band. A
 * missing value (a suppressed period) breaks line and band: each unbroken run is drawn as a piece of its own.
 */
final class TrendCharts {

    private final ChartStyle style;

    TrendCharts(ChartStyle style) {
        this.style = style;
    }

    JFreeChart draw(Chart chart) {
        List<Chart.Point> points = chart.points();
        var runs = new YIntervalSeriesCollection();
        var flagged = new XYSeries("flagged");
        YIntervalSeries run = null;
        for (int i = 0; i < points.size(); i++) {
            Chart.Point point = points.get(i);
            Double value = point.value();
            if (value == null) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new YIntervalSeries("run-" + runs.getSeriesCount());
                runs.addSeries(run);
            }
            run.add(i, value, point.low() == null ? value : point.low(), point.high() == null ? value : point.high());
            if (point.flagged()) {
                flagged.add(i, value);
            }
        }
        String[] labels = points.stream().map(Chart.Point::label).toArray(String[]::new);
        var periodAxis = new SymbolAxis(null, labels);
        style.axis(periodAxis);
        periodAxis.setGridBandsVisible(false);
        periodAxis.setVerticalTickLabels(labels.length > 8);
        NumberAxis valueAxis = style.valueAxis(chart);

        var plot = new XYPlot();
        plot.setDomainAxis(periodAxis);
        plot.setRangeAxis(valueAxis);
        plot.setDataset(0, new XYSeriesCollection(flagged));
        plot.setRenderer(0, flagRenderer());
        plot.setDataset(1, runs);
        plot.setRenderer(1, lineRenderer(runs.getSeriesCount()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setFixedLegendItems(style.legend(chart));
        return style.chart(plot);
    }

    private static XYLineAndShapeRenderer flagRenderer() {
        var renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, ChartStyle.FLAG);
        renderer.setSeriesPaint(0, ChartStyle.FLAGGED);
        return renderer;
    }

    private static DeviationRenderer lineRenderer(int runs) {
        var renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(1f);
        for (int i = 0; i < runs; i++) {
            renderer.setSeriesPaint(i, ChartStyle.VALUE);
            renderer.setSeriesFillPaint(i, ChartStyle.RANGE);
            renderer.setSeriesStroke(i, ChartStyle.line(2f));
            renderer.setSeriesShape(i, ChartStyle.POINT);
        }
        return renderer;
    }
}
