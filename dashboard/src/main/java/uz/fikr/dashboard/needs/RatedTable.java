package uz.fikr.dashboard.needs;

import java.util.List;

import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;

/**
 * The lowest-rated services per reader group or branch: the three-column items with the lowest adequacy gap and the
 * lowest 1-5 ratings, each with its interval and n. A suppressed group is one row that says so.
 */
final class RatedTable {

    private RatedTable() {
    }

    /** @param by {@code readerGroup} or {@code branch} */
    static TableData of(Needs needs, String by, NeedsLabels labels) {
        var table = TableData.builder("lowest-rated-by-" + by, labels.t("needs.rated.caption." + by),
                labels.t("needs.column.group." + by), labels.t("needs.rated.column.item"),
                labels.t("needs.rated.column.area"), labels.t("needs.rated.column.measure"),
                labels.t("needs.rated.column.mean"), labels.t("needs.column.n"));
        for (Needs.Group group : needs.groups()) {
            String name = labels.group(by, group.group());
            if (group.suppressed()) {
                table.row(name, labels.suppressed(needs.minimumGroupSize()), "–", "–", "–", "–");
                continue;
            }
            rows(table, name, group.largestGaps(), labels.t("needs.rated.gap"), true, labels);
            rows(table, name, group.lowestRatings(), labels.t("needs.rated.rating"), false, labels);
        }
        return table.build();
    }

    private static void rows(TableData.Builder table, String group, List<Needs.Rated> items, String measure,
            boolean gap, NeedsLabels labels) {
        for (Needs.Rated item : items) {
            table.row(group, labels.item(item.questionId()), labels.serviceArea(item.serviceArea()), measure,
                    new Cell(labels.mean(item.mean(), item.interval(), gap), item.mean()),
                    new Cell(labels.formats().integer(item.n()), item.n()));
        }
    }
}
