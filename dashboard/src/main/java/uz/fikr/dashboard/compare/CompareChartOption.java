package uz.fikr.dashboard.compare;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import uz.fikr.dashboard.format.Formats;

/**
 * The ECharts options of the comparison chart, groups from top to bottom in the table's order. Suppressed groups
 * are left out: a chart has no way to say "suppressed", the table beside it does. Numbers shown on the chart come
 * formatted from the server, so they follow the user's language.
 */
final class CompareChartOption {

    static final String MEAN_COLOR = "#2f6fb3";

    private CompareChartOption() {
    }

    /**
     * A group's mean with its interval, for the dot plot.
     *
     * @param text the mean as the user's language writes it, shown beside the dot
     * @param detail mean, interval and n in words, shown when pointing at the dot
     */
    record Mean(String label, double mean, Comparison.@Nullable Interval interval, String text, String detail) {
    }

    /**
     * A dot per group at its mean and a line across its 95% interval, on the question's scale.
     *
     * @param axisName the name of the value axis, e.g. "Mean (95% interval)"
     */
    static ObjectNode means(List<Mean> means, int scaleMin, int scaleMax, String axisName) {
        ObjectNode option = frame(means.stream().map(Mean::label).toList());
        tooltip(option);
        option.putObject("xAxis").put("type", "value").put("min", scaleMin).put("max", scaleMax)
                .put("name", axisName).put("nameLocation", "middle").put("nameGap", 30);
        ObjectNode series = option.putArray("series").addObject()
                .put("id", "means").put("type", "scatter").put("name", axisName).put("symbolSize", 14);
        series.putObject("itemStyle").put("color", MEAN_COLOR);
        ArrayNode data = series.putArray("data");
        ArrayNode intervals = JsonNodeFactory.instance.arrayNode();
        for (Mean mean : means) {
            ObjectNode point = data.addObject();
            point.putArray("value").add(mean.mean()).add(mean.label());
            point.putObject("label").put("show", true).put("position", "top").put("formatter", mean.text());
            point.putObject("tooltip").put("formatter", mean.label() + ": " + mean.detail());
            if (mean.interval() != null) {
                ArrayNode line = intervals.addArray();
                line.addObject().putArray("coord").add(mean.interval().lower()).add(mean.label());
                line.addObject().putArray("coord").add(mean.interval().upper()).add(mean.label());
            }
        }
        ObjectNode markLine = series.putObject("markLine").put("silent", true).put("animation", false);
        markLine.putArray("symbol").add("none").add("none");
        markLine.putObject("label").put("show", false);
        markLine.putObject("lineStyle").put("color", MEAN_COLOR).put("width", 3).put("type", "solid");
        markLine.set("data", intervals);
        return option;
    }

    /** One option's shares across the groups (0 to 1), in group order. */
    record OptionShares(String option, List<Double> shares) {
    }

    /** Stacked bars: per group, the shares of the options, adding up to 100%. */
    static ObjectNode shares(List<String> groups, List<OptionShares> options, Formats formats, String axisName) {
        ObjectNode option = frame(groups);
        tooltip(option);
        option.putObject("legend").put("top", 0).put("type", "scroll");
        option.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100)
                .put("name", axisName).put("nameLocation", "middle").put("nameGap", 30);
        ArrayNode series = option.putArray("series");
        for (OptionShares shares : options) {
            ObjectNode bars = series.addObject().put("type", "bar").put("stack", "shares").put("name", shares.option());
            ArrayNode data = bars.putArray("data");
            for (int i = 0; i < shares.shares().size(); i++) {
                double share = shares.shares().get(i);
                String text = formats.percent(share, 0);
                ObjectNode bar = data.addObject().put("value", Math.round(share * 1000) / 10.0);
                bar.putObject("label").put("show", share >= 0.08).put("formatter", text);
                bar.putObject("tooltip").put("formatter", groups.get(i) + ", " + shares.option() + ": " + text);
            }
        }
        return option;
    }

    /** Tooltips as plain text: survey authors' option texts must never become markup. */
    private static void tooltip(ObjectNode option) {
        option.putObject("tooltip").put("trigger", "item").put("renderMode", "richText");
    }

    private static ObjectNode frame(List<String> groups) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        // no ECharts "aria": it would replace the element's localized aria-label with an English description
        option.putObject("grid").put("left", 16).put("right", 32).put("top", 40).put("bottom", 48)
                .put("containLabel", true);
        ArrayNode categories = option.putObject("yAxis").put("type", "category").put("inverse", true)
                .putArray("data");
        groups.forEach(categories::add);
        return option;
    }
}
