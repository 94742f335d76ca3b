package uz.fikr.analytics.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ChartKind;

/**
 * What every report chart shares: colours that stay apart for colour-blind readers (Okabe–Ito), a flagged point
 * drawn as a downward triangle (not a circle) so it never depends on colour, the DejaVu font, and the legend.
 */
final class ChartStyle {

    static final Color VALUE = new Color(0x1F4E79);
    static final Color RANGE = new Color(0x9DBBD9);
    static final Color INTERVAL = new Color(0x6F94BD);
    static final Color FLAGGED = new Color(0xD55E00);
    static final Color GRID = new Color(0xD5DDE6);
    static final Color TEXT = new Color(0x1D2733);
    static final Shape POINT = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
    static final Shape FLAG = ShapeUtils.createDownTriangle(6.5f);

    private static final double[] TICK_STEPS = {0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20,
        25, 50, 100};

    private final ReportFonts fonts;
    private final Locale locale;

    ChartStyle(ReportFonts fonts, Locale locale) {
        this.fonts = fonts;
        this.locale = locale;
    }

    /** The value axis: its label, its bounds, whole-number ticks on wide scales, the locale's decimal mark. */
    NumberAxis valueAxis(Chart chart) {
        var axis = new NumberAxis(chart.valueAxis());
        axis(axis);
        axis.setRange(chart.axisMin(), chart.axisMax());
        axis.setTickUnit(new NumberTickUnit(tickUnit(chart.axisMax() - chart.axisMin())));
        axis.setNumberFormatOverride(new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(locale)));
        return axis;
    }

    void axis(Axis axis) {
        axis.setLabelFont(fonts.chart(12f, false));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(fonts.chart(11.5f, false));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
    }

    /** The legend names the value, the range and, when a point can be flagged, the flag with its own shape. */
    LegendItemCollection legend(Chart chart) {
        var items = new LegendItemCollection();
        items.add(item(chart.legend().value(), POINT, VALUE));
        items.add(item(chart.legend().range(), new Rectangle2D.Double(-7, -4, 14, 8), range(chart.kind())));
        String flagged = chart.legend().flagged();
        if (flagged != null) {
            items.add(item(flagged, FLAG, FLAGGED));
        }
        return items;
    }

    /** A chart without a title (the document's heading names it) and its legend under the plot. */
    JFreeChart chart(org.jfree.chart.plot.Plot plot) {
        var chart = new JFreeChart(null, fonts.chart(12f, true), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(fonts.chart(12f, false));
        legend.setItemPaint(TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return chart;
    }

    /** The smallest round step that cuts the axis into at most eight parts. */
    static double tickUnit(double span) {
        for (double step : TICK_STEPS) {
            if (span / step <= 8) {
                return step;
            }
        }
        return Math.pow(10, Math.ceil(Math.log10(span / 8)));
    }

    /** A zone of tolerance is a light band; a confidence interval a darker whisker, visible beside its point. */
    static Color range(ChartKind kind) {
        return kind == ChartKind.INTERVALS ? INTERVAL : RANGE;
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private LegendItem item(String label, Shape shape, Color colour) {
        var item = new LegendItem(label, null, null, null, shape, colour);
        item.setLabelFont(fonts.chart(12f, false));
        item.setLabelPaint(TEXT);
        return item;
    }
}
