package uz.fikr.dashboard.chart;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. The server builds the whole ECharts {@code option} object and sends it to
 * the {@code <fikr-echart>} web component ({@code src/main/frontend/fikr-echart.ts}), which draws it.
 */
@Tag("fikr-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./fikr-echart.ts")
public class EChart extends Component implements HasSize {

    private static final String OPTION = "option";

    public EChart() {
        getElement().getStyle().set("display", "block");
    }

    /** Draws the chart described by an ECharts option (see echarts.apache.org/en/option.html). */
    public void setOption(ObjectNode option) {
        getElement().setPropertyJson(OPTION, option);
    }

    /** The option last sent to the browser. */
    public Optional<JsonNode> getOption() {
        return Optional.ofNullable(getElement().getPropertyRaw(OPTION))
                .filter(JsonNode.class::isInstance)
                .map(JsonNode.class::cast);
    }

    /** A text alternative for screen readers; the chart itself is a picture to them. */
    public void setAccessibleLabel(String label) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
    }
}
