package uz.fikr.dashboard.quality;

import java.util.List;

import uz.fikr.dashboard.chart.ChartSection;
import uz.fikr.dashboard.chart.GroupedBarsOption;

/** Per dimension: a chart of the adequacy and superiority gaps and the dimension gap table. */
class DimensionPanel extends ChartSection {

    static final String ADEQUACY_COLOR = "#2f6fb3";
    static final String SUPERIORITY_COLOR = "#8c5a00";

    DimensionPanel() {
        super("quality-dimensions");
    }

    void show(Gaps gaps, Labels labels) {
        setVisible(!gaps.dimensions().isEmpty());
        show(labels.t("quality.dimensions.title"), labels.t("quality.dimensions.note"),
                GapTables.dimensions(gaps, labels));
        List<Gaps.Figures> shown = gaps.dimensions().stream().filter(Gaps.Figures::hasFigures).toList();
        if (shown.isEmpty()) {
            noChart();
            return;
        }
        List<Double> adequacy = shown.stream().map(d -> d.adequacyGap().mean()).toList();
        List<Double> superiority = shown.stream().map(d -> d.superiorityGap().mean()).toList();
        var series = List.of(
                new GroupedBarsOption.Series(labels.t("quality.dimensions.adequacy"), ADEQUACY_COLOR, adequacy,
                        adequacy.stream().map(v -> labels.formats().change(v, 2)).toList()),
                new GroupedBarsOption.Series(labels.t("quality.dimensions.superiority"), SUPERIORITY_COLOR,
                        superiority, superiority.stream().map(v -> labels.formats().change(v, 2)).toList()));
        chart(GroupedBarsOption.of(shown.stream().map(d -> labels.dimension(d.id())).toList(), series,
                labels.t("quality.dimensions.axis"), null, null), labels.t("quality.dimensions.chart.label"),
                (96 + shown.size() * 64) + "px");
    }
}
