package uz.fikr.analytics.report.content;

import java.util.List;
import java.util.Optional;
import uz.fikr.statistics.PeriodChange;

/**
 * The last three cells of a KPI row of an earlier period: the change from it to the report's period, the p-value of
 * that change and whether it is significant.
 */
final class ChangeCells {

    private ChangeCells() {}

    /** @param scale what the difference is multiplied by to be written (100 for a share in percentage points) */
    static List<Cell> of(Optional<PeriodChange> change, double scale, ReportText text) {
        if (change.isEmpty()) {
            Cell none = Cell.missing(text.get("cell.noTest"));
            return List.of(none, none, none);
        }
        PeriodChange tested = change.get();
        return List.of(Cell.number(tested.difference() * scale), Cell.number(tested.pValue()),
                Cell.text(text.get(tested.significant() ? "cell.significant" : "cell.notSignificant")));
    }

    /** The row of the report's own period, which is not compared with itself. */
    static List<Cell> current(ReportText text) {
        Cell none = Cell.missing(text.get("cell.thisPeriod"));
        return List.of(none, none, none);
    }
}
