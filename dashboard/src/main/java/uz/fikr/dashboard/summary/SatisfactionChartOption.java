package uz.fikr.dashboard.summary;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The ECharts option of the satisfaction bar chart: one bar per rating 1..5. */
final class SatisfactionChartOption {

    static final String BAR_COLOR = "#2f6fb3";

    private SatisfactionChartOption() {
    }

    /**
     * @param ratingAxisName name of the category axis (the ratings), in the user's language
     * @param countAxisName name of the value axis (the number of answers), in the user's language
     */
    static ObjectNode of(SatisfactionDistribution distribution, String ratingAxisName, String countAxisName) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        // no ECharts "aria": it would replace the element's localized aria-label with an English description
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 56).put("right", 24).put("top", 40).put("bottom", 56);

        ObjectNode ratingAxis = option.putObject("xAxis")
                .put("type", "category")
                .put("name", ratingAxisName)
                .put("nameLocation", "middle")
                .put("nameGap", 32);
        ArrayNode ratings = ratingAxis.putArray("data");
        SatisfactionDistribution.ratings().forEach(rating -> ratings.add(String.valueOf(rating)));

        option.putObject("yAxis")
                .put("type", "value")
                .put("name", countAxisName)
                .put("minInterval", 1);

        ObjectNode bars = option.putArray("series").addObject()
                .put("id", "satisfaction")
                .put("type", "bar")
                .put("name", countAxisName)
                .put("barMaxWidth", 72);
        ArrayNode counts = bars.putArray("data");
        distribution.counts().forEach(counts::add);
        bars.putObject("itemStyle").put("color", BAR_COLOR);
        bars.putObject("label").put("show", true).put("position", "top");
        return option;
    }
}
