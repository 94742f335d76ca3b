package uz.fikr.dashboard.quality;

import java.util.List;

import uz.fikr.dashboard.chart.ChartSection;
import uz.fikr.dashboard.chart.GroupedBarsOption;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;

/** Service areas ranked by adequacy gap, the worst first: a bar chart and its table. */
class AreaPanel extends ChartSection {

    AreaPanel() {
        super("quality-areas");
    }

    void show(Gaps gaps, Labels labels) {
        List<AreaRanking> ranking = AreaRanking.of(gaps.items());
        var formats = labels.formats();
        var table = TableData.builder("service-areas", labels.t("quality.areas.caption"),
                labels.t("quality.areas.column.area"), labels.t("quality.areas.column.gap"),
                labels.t("quality.areas.column.items"), labels.t("quality.areas.column.answers"),
                labels.t("quality.areas.column.lowest"), labels.t("quality.areas.column.lowestGap"));
        for (AreaRanking area : ranking) {
            table.row(labels.serviceArea(area.serviceArea()),
                    new Cell(formats.change(area.adequacyGap(), 2), area.adequacyGap()),
                    new Cell(formats.integer(area.items()), area.items()),
                    new Cell(formats.integer(area.answers()), area.answers()), labels.item(area.lowestItem()),
                    new Cell(formats.change(area.lowestGap(), 2), area.lowestGap()));
        }
        show(labels.t("quality.areas.title"), labels.t("quality.areas.note"), table.build());
        if (ranking.isEmpty()) {
            noChart();
            return;
        }
        List<Double> values = ranking.stream().map(AreaRanking::adequacyGap).toList();
        var series = new GroupedBarsOption.Series(labels.t("quality.areas.column.gap"),
                DimensionPanel.ADEQUACY_COLOR, values, values.stream().map(v -> formats.change(v, 2)).toList());
        chart(GroupedBarsOption.of(ranking.stream().map(a -> labels.serviceArea(a.serviceArea())).toList(),
                List.of(series), labels.t("quality.areas.column.gap"), null, null),
                labels.t("quality.areas.chart.label"), (80 + ranking.size() * 40) + "px");
    }
}
