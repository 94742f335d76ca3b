package uz.fikr.dashboard.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of a horizontal bar chart: one row per category (the first on top), one bar per series in
 * each row. Every bar carries its value as a label the page formatted for the user's language, so the chart never
 * shows a decimal point where the table beside it shows a comma. Missing values (NaN) leave a gap.
 */
public final class GroupedBarsOption {

    /**
     * One series of bars.
     *
     * @param values one value per category, NaN where there is none
     * @param labels one formatted label per category
     */
    public record Series(String name, String color, List<Double> values, List<String> labels) {
        public Series {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
        }
    }

    private GroupedBarsOption() {
    }

    /**
     * @param valueAxisName what the bars measure, in the user's language
     * @param min the value axis's start, or null to let ECharts choose
     * @param max the value axis's end, or null to let ECharts choose
     */
    public static ObjectNode of(List<String> categories, List<Series> series, String valueAxisName,
            @Nullable Double min, @Nullable Double max) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("grid").put("left", 16).put("right", 56).put("top", series.size() > 1 ? 40 : 16)
                .put("bottom", 48).put("containLabel", true);
        if (series.size() > 1) {
            option.putObject("legend").put("top", 0);
        }
        ObjectNode valueAxis = option.putObject("xAxis").put("type", "value").put("name", valueAxisName)
                .put("nameLocation", "middle").put("nameGap", 28);
        if (min != null) {
            valueAxis.put("min", min);
        }
        if (max != null) {
            valueAxis.put("max", max);
        }
        ObjectNode categoryAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        categoryAxis.putObject("axisLabel").put("width", 240).put("overflow", "truncate");
        ArrayNode names = categoryAxis.putArray("data");
        categories.forEach(names::add);
        ArrayNode all = option.putArray("series");
        boolean negative = series.stream().flatMap(s -> s.values().stream()).anyMatch(v -> v < 0);
        for (Series one : series) {
            ObjectNode bars = all.addObject().put("type", "bar").put("name", one.name()).put("barMaxWidth", 24);
            bars.putObject("itemStyle").put("color", one.color());
            ArrayNode data = bars.putArray("data");
            for (int i = 0; i < one.values().size(); i++) {
                double value = one.values().get(i);
                if (Double.isNaN(value)) {
                    data.add("-");
                    continue;
                }
                ObjectNode point = data.addObject().put("value", value);
                point.putObject("label").put("show", true).put("position", value < 0 ? "left" : "right")
                        .put("formatter", one.labels().get(i).replace("{", "").replace("}", ""));
            }
            if (negative && all.size() == 1) {
                ObjectNode zero = bars.putObject("markLine").put("silent", true).put("symbol", "none");
                zero.putObject("lineStyle").put("color", "#4d4d4d").put("type", "solid");
                zero.putObject("label").put("show", false);
                zero.putArray("data").addObject().put("xAxis", 0);
            }
        }
        return option;
    }
}
