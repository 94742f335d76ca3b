package uz.fikr.analytics.report.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.Section;

/**
 * Draws a report's charts as vector graphics where the document has an {@code <object type="application/x-fikr-chart"
 * data-chart="id">}: the chart's lines and text go into the PDF as paths and embedded-font text, sharp at any zoom.
 */
final class ChartObjects implements FSObjectDrawerFactory {

    static final String TYPE = "application/x-fikr-chart";
    static final String CHART_ATTRIBUTE = "data-chart";

    private final Map<String, Chart> charts;
    private final CategoryCharts categoryCharts;
    private final TrendCharts trendCharts;

    ChartObjects(ReportContent content, ChartStyle style) {
        this.charts = content.sections().stream().map(Section::charts).flatMap(java.util.List::stream)
                .collect(Collectors.toMap(Chart::id, Function.identity(), (first, second) -> first));
        this.categoryCharts = new CategoryCharts(style);
        this.trendCharts = new TrendCharts(style);
    }

    @Override
    public boolean isReplacedObject(Element element) {
        return TYPE.equals(element.getAttribute("type"));
    }

    @Override
    public @Nullable FSObjectDrawer createDrawer(Element element) {
        Chart chart = charts.get(element.getAttribute(CHART_ATTRIBUTE));
        if (chart == null || !isReplacedObject(element)) {
            return null;
        }
        JFreeChart drawn = switch (chart.kind()) {
            case INTERVALS, ZONE -> categoryCharts.draw(chart);
            case TREND -> trendCharts.draw(chart);
        };
        return (e, x, y, width, height, device, context, dotsPerPixel) -> {
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h,
                    graphics -> drawn.draw(graphics, new Rectangle2D.Float(0, 0, w, h)));
            return null;
        };
    }
}
