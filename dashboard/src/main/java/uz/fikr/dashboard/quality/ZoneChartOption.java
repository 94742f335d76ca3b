package uz.fikr.dashboard.quality;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of the zone-of-tolerance chart: per item (one row each, the first on top) a band from the
 * minimum to the desired level on the 1-9 scale and a mark at the perceived level. Items perceived below their
 * minimum differ in three ways, not by colour alone: a red triangle instead of a blue diamond, their own legend
 * entry, and a "below minimum" label beside the mark.
 */
final class ZoneChartOption {

    static final String BAND_COLOR = "#a9cbe8";
    static final String PERCEIVED_COLOR = "#1f3d7a";
    static final String BELOW_COLOR = "#b3261e";
    static final int ROW_HEIGHT = 32;

    private ZoneChartOption() {
    }

    /** @param items items with figures ({@link Gaps.Figures#hasFigures()}), in the order to show them */
    static ObjectNode of(List<Gaps.Figures> items, Labels labels) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("left", 16).put("right", 32).put("top", 40).put("bottom", 48)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("min", 1).put("max", 9).put("interval", 1)
                .put("name", labels.t("quality.zone.axis")).put("nameLocation", "middle").put("nameGap", 28);
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        yAxis.putObject("axisLabel").put("width", 260).put("overflow", "truncate");
        ArrayNode names = yAxis.putArray("data");
        items.forEach(item -> names.add(labels.item(item.id())));

        ArrayNode series = option.putArray("series");
        ObjectNode base = bar(series, "minimum", "transparent");
        ObjectNode band = bar(series, labels.t("quality.zone.band"), BAND_COLOR);
        ObjectNode perceived = scatter(series, labels.t("quality.zone.perceived"), "diamond", PERCEIVED_COLOR);
        ObjectNode below = scatter(series, labels.t("quality.zone.belowMinimum"), "triangle", BELOW_COLOR);
        below.putObject("label").put("show", true).put("position", "left").put("color", BELOW_COLOR)
                .put("fontWeight", "bold").put("formatter", plain(labels.t("quality.zone.belowLabel")));
        option.putObject("legend").put("top", 0).putArray("data").add(band.get("name")).add(perceived.get("name"))
                .add(below.get("name"));
        for (int i = 0; i < items.size(); i++) {
            Gaps.Figures item = items.get(i);
            double minimum = item.minimum().mean();
            double desired = item.desired().mean();
            base.withArray("data").add(minimum);
            band.withArray("data").add(Math.max(0, desired - minimum));
            (item.isBelowMinimum() ? below : perceived).withArray("data").addObject()
                    .put("name", names.get(i).asString())
                    .<ObjectNode>set("value", JsonNodeFactory.instance.arrayNode().add(item.perceived().mean()).add(i))
                    .putObject("tooltip").put("formatter", html(labels.t("quality.zone.tooltip",
                            labels.item(item.id()), labels.mean(item.perceived().mean()), labels.mean(minimum),
                            labels.mean(desired))));
        }
        return option;
    }

    /** The chart's height for this many items. */
    static String height(int items) {
        return (96 + items * ROW_HEIGHT) + "px";
    }

    private static ObjectNode bar(ArrayNode series, String name, String color) {
        ObjectNode bar = series.addObject().put("type", "bar").put("name", name).put("stack", "zone")
                .put("barWidth", 14).put("silent", true);
        bar.putObject("itemStyle").put("color", color);
        bar.putObject("tooltip").put("show", false);
        bar.putArray("data");
        return bar;
    }

    private static ObjectNode scatter(ArrayNode series, String name, String symbol, String color) {
        ObjectNode scatter = series.addObject().put("type", "scatter").put("name", name).put("symbol", symbol)
                .put("symbolSize", 16).put("z", 3);
        scatter.putObject("itemStyle").put("color", color).put("borderColor", "#ffffff").put("borderWidth", 1);
        scatter.putArray("data");
        return scatter;
    }

    /** A text ECharts shows as is: without its {@code {a}}-style template markers. */
    private static String plain(String text) {
        return text.replace("{", "(").replace("}", ")");
    }

    /** Tooltips are HTML: a survey author's text is escaped there. */
    private static String html(String text) {
        return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
