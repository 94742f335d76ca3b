package uz.fikr.dashboard.trends;

import java.util.List;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import uz.fikr.dashboard.trends.Trend.PeriodFigures;

/**
 * The ECharts option of a trend: the mean per period as a line, and its 95% interval as a shaded band (a transparent
 * line at the lower limit with the band's width stacked on it). Suppressed periods are gaps.
 */
final class TrendChartOption {

    private static final String BAND_STACK = "interval";

    private TrendChartOption() {
    }

    /**
     * @param periods the periods' labels, in the user's language, one per figure
     * @param meanName the line's name ("Mean"), {@code bandName} the band's ("95% interval")
     * @param scaleMin the lowest point of the question's scale, {@code scaleMax} its highest
     */
    static ObjectNode of(List<PeriodFigures> figures, List<String> periods, String meanName, String bandName,
            int scaleMin, int scaleMax) {
        ObjectNode option = ChartStyle.option("item");
        option.putObject("grid").put("left", 48).put("right", 24).put("top", 40).put("bottom", 48);
        option.putObject("legend").putArray("data").add(meanName).add(bandName);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category").put("boundaryGap", false);
        periods.forEach(xAxis.putArray("data")::add);
        option.putObject("yAxis").put("type", "value").put("min", scaleMin).put("max", scaleMax);
        ArrayNode series = option.putArray("series");
        ObjectNode lower = line(series, "lower", "", figures, interval -> interval.lower());
        lower.put("stack", BAND_STACK).put("silent", true).putObject("lineStyle").put("opacity", 0);
        ObjectNode band = line(series, "band", bandName, figures, interval -> interval.upper() - interval.lower());
        band.put("stack", BAND_STACK).put("silent", true).putObject("lineStyle").put("opacity", 0);
        band.putObject("areaStyle").put("color", ChartStyle.BAND_COLOR);
        band.putObject("itemStyle").put("color", ChartStyle.BAND_COLOR);
        ObjectNode mean = series.addObject().put("id", "mean").put("type", "line").put("name", meanName)
                .put("symbolSize", 7);
        ArrayNode means = mean.putArray("data");
        figures.forEach(period -> ChartStyle.add(means, period.shown() ? period.mean() : null));
        mean.putObject("itemStyle").put("color", ChartStyle.LINE_COLOR);
        mean.putObject("lineStyle").put("width", 2);
        return option;
    }

    private static ObjectNode line(ArrayNode series, String id, String name, List<PeriodFigures> figures,
            ToDoubleFunction<Interval> value) {
        ObjectNode line = series.addObject().put("id", id).put("type", "line").put("name", name)
                .put("symbol", "none");
        ArrayNode data = line.putArray("data");
        figures.forEach(period -> {
            Interval interval = period.shown() ? period.meanInterval() : null;
            ChartStyle.add(data, interval == null ? null : value.applyAsDouble(interval));
        });
        return line;
    }
}
