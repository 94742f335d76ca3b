package uz.fikr.dashboard.overview;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import uz.fikr.dashboard.trends.ChartStyle;
import uz.fikr.dashboard.trends.Grain;
import uz.fikr.dashboard.trends.Texts;
import uz.fikr.dashboard.trends.Trend;
import uz.fikr.dashboard.trends.Trend.PeriodFigures;

/** The small trend of a key figure: a line without axes, and the same trend in one sentence. */
final class Sparklines {

    private Sparklines() {
    }

    /**
     * @param measure what the line shows, e.g. "Mean rating"
     * @param value a period's figure; null for a period without one (suppressed)
     * @param format how a figure is written, e.g. with one decimal
     */
    static Kpi.@Nullable Sparkline of(@Nullable Trend trend, Grain grain, String measure,
            Function<PeriodFigures, @Nullable Double> value, DoubleFunction<String> format, Texts texts) {
        if (trend == null) {
            return null;
        }
        List<PeriodFigures> shown = trend.periods().stream()
                .filter(period -> period.shown() && value.apply(period) != null).toList();
        String label = texts.text("overview.sparkline.label", measure, grain.per(texts));
        if (shown.isEmpty()) {
            return new Kpi.Sparkline(option(trend, value), label, texts.text("overview.sparkline.none"));
        }
        PeriodFigures first = shown.getFirst();
        PeriodFigures last = shown.getLast();
        String summary = texts.text("overview.sparkline.summary", measure, grain.per(texts),
                format.apply(value.apply(first)), grain.labelWithN(first, texts),
                format.apply(value.apply(last)), grain.labelWithN(last, texts),
                Integer.toString(shown.size()), Integer.toString(trend.periods().size()));
        return new Kpi.Sparkline(option(trend, value), label, summary);
    }

    private static ObjectNode option(Trend trend, Function<PeriodFigures, @Nullable Double> value) {
        ObjectNode option = ChartStyle.option("axis");
        option.putObject("grid").put("left", 4).put("right", 4).put("top", 6).put("bottom", 6);
        ArrayNode periods = option.putObject("xAxis").put("type", "category").put("show", false)
                .put("boundaryGap", false).putArray("data");
        option.putObject("yAxis").put("type", "value").put("show", false).put("scale", true);
        ObjectNode line = option.putArray("series").addObject().put("type", "line").put("symbolSize", 4);
        ArrayNode data = line.putArray("data");
        for (PeriodFigures period : trend.periods()) {
            periods.add(period.start().toString());
            ChartStyle.add(data, period.shown() ? value.apply(period) : null);
        }
        line.putObject("itemStyle").put("color", ChartStyle.LINE_COLOR);
        line.putObject("lineStyle").put("width", 2);
        line.putObject("areaStyle").put("color", ChartStyle.BAND_COLOR);
        return option;
    }
}
