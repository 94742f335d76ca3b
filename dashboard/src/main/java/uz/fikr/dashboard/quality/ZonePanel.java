package uz.fikr.dashboard.quality;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import uz.fikr.dashboard.chart.ChartSection;

/**
 * Per item: the zone-of-tolerance chart, a sentence naming the items perceived below their minimum, and the gap
 * table. One item's row can be selected (other pages link here with {@code ?item=<questionId>}).
 */
class ZonePanel extends ChartSection {

    private List<String> itemIds = List.of();

    ZonePanel() {
        super("quality-items");
    }

    void show(Gaps gaps, Labels labels) {
        List<Gaps.Figures> shown = gaps.items().stream().filter(Gaps.Figures::hasFigures).toList();
        List<String> below = shown.stream().filter(Gaps.Figures::isBelowMinimum).map(i -> labels.item(i.id()))
                .toList();
        String summary = below.isEmpty() ? labels.t("quality.zone.summary.none", shown.size())
                : labels.t("quality.zone.summary.below", below.size(), shown.size(), String.join("; ", below));
        show(labels.t("quality.zone.title"), summary, GapTables.items(gaps, labels));
        if (shown.isEmpty()) {
            noChart();
        }
        else {
            chart(ZoneChartOption.of(shown, labels), labels.t("quality.zone.chart.label"),
                    ZoneChartOption.height(shown.size()));
        }
        itemIds = gaps.items().stream().map(Gaps.Figures::id).toList();
    }

    /**
     * Marks the item's row as the current one (for screen readers and with a visible "selected" mark), scrolls to it
     * and moves the keyboard focus there. Nothing happens for an item the table does not list.
     */
    void select(String itemId, Labels labels) {
        int index = itemIds.indexOf(itemId);
        if (index < 0) {
            return;
        }
        row(index).ifPresent(row -> {
            row.addClassName("selected");
            row.getElement().setAttribute("aria-current", "true");
            row.getElement().setAttribute("tabindex", "-1");
            var mark = new Span(labels.t("quality.selected"));
            mark.addClassName("selected-mark");
            row.getHeaderCell(0).ifPresent(cell -> cell.add(mark));
            row.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true});");
        });
    }

    private Optional<NativeTableRow> row(int index) {
        return table().getChildren().filter(NativeTable.class::isInstance).map(NativeTable.class::cast).findFirst()
                .flatMap(table -> table.getBody().getRow(index));
    }
}
