package uz.fikr.dashboard.trends;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The look every figure chart of the dashboard shares: one blue (5.2:1 against white, so lines and labels meet WCAG
 * AA's 3:1 for graphics), its light tint for intervals, and a tooltip. ECharts' own "aria" option is left out: it
 * would replace the element's translated aria-label with an English description.
 */
public final class ChartStyle {

    public static final String LINE_COLOR = "#2f6fb3";
    public static final String BAND_COLOR = "rgba(47, 111, 179, 0.18)";
    /** An ECharts data value that leaves a gap: a period without a figure. */
    private static final String MISSING = "-";

    private ChartStyle() {
    }

    /** A new option with the shared tooltip; {@code trigger} is {@code axis} or {@code item}. */
    public static ObjectNode option(String trigger) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("tooltip").put("trigger", trigger);
        return option;
    }

    /** Adds a data point, or a gap where there is no figure. */
    public static void add(ArrayNode data, @Nullable Double value) {
        if (value == null) {
            data.add(MISSING);
        }
        else {
            data.add(value);
        }
    }
}
