package uz.fikr.dashboard.quality;

import java.util.ArrayList;
import java.util.List;

import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;

/**
 * The gap tables as the page shows and exports them: per item and per dimension, the three levels, both gaps with
 * their intervals, n and a note that says in words what the numbers mean (below the minimum, above the desired
 * level, suppressed, excluded answers). Exports hold the raw means.
 */
final class GapTables {

    private static final String[] FIGURE_COLUMNS = {"minimum", "desired", "perceived", "adequacy", "superiority",
        "n", "note"};

    private GapTables() {
    }

    static TableData items(Gaps gaps, Labels labels) {
        List<String> columns = new ArrayList<>(List.of(labels.t("quality.gaps.column.item"),
                labels.t("quality.gaps.column.dimension")));
        columns.addAll(figureColumns(labels));
        List<List<Object>> rows = new ArrayList<>();
        for (Gaps.Figures item : gaps.items()) {
            List<Object> row = new ArrayList<>(List.of(labels.item(item.id()), labels.dimension(item.dimension())));
            row.addAll(figures(item, gaps.minimumGroupSize(), labels));
            rows.add(row);
        }
        return new TableData("gaps", labels.t("quality.gaps.caption"), columns, rows);
    }

    static TableData dimensions(Gaps gaps, Labels labels) {
        List<String> columns = new ArrayList<>(List.of(labels.t("quality.gaps.column.dimension")));
        columns.addAll(figureColumns(labels));
        List<List<Object>> rows = new ArrayList<>();
        for (Gaps.Figures dimension : gaps.dimensions()) {
            List<Object> row = new ArrayList<>(List.of(labels.dimension(dimension.id())));
            row.addAll(figures(dimension, gaps.minimumGroupSize(), labels));
            rows.add(row);
        }
        return new TableData("dimension-gaps", labels.t("quality.dimensions.caption"), columns, rows);
    }

    private static List<String> figureColumns(Labels labels) {
        List<String> columns = new ArrayList<>();
        for (String column : FIGURE_COLUMNS) {
            columns.add(labels.t("quality.gaps.column." + column));
        }
        return columns;
    }

    /** Minimum, desired, perceived, adequacy gap, superiority gap, n and the note; no numbers when suppressed. */
    private static List<Object> figures(Gaps.Figures figures, int minimumGroupSize, Labels labels) {
        List<Object> cells = new ArrayList<>();
        if (!figures.hasFigures()) {
            for (int i = 0; i < 5; i++) {
                cells.add("–");
            }
            cells.add(figures.suppressed() ? "–" : new Cell(labels.formats().integer(figures.n()), figures.n()));
            cells.add(figures.suppressed() ? labels.suppressed(minimumGroupSize)
                    : labels.t("quality.note.noAnswers"));
            return cells;
        }
        for (Gaps.Mean level : List.of(figures.minimum(), figures.desired(), figures.perceived())) {
            cells.add(new Cell(labels.mean(level.mean()), level.mean()));
        }
        cells.add(new Cell(labels.gap(figures.adequacyGap()), figures.adequacyGap().mean()));
        cells.add(new Cell(labels.gap(figures.superiorityGap()), figures.superiorityGap().mean()));
        cells.add(new Cell(labels.formats().integer(figures.n()), figures.n()));
        cells.add(note(figures, labels));
        return cells;
    }

    private static String note(Gaps.Figures figures, Labels labels) {
        List<String> notes = new ArrayList<>();
        if (figures.isBelowMinimum()) {
            notes.add(labels.t("quality.note.belowMinimum"));
        }
        if (figures.superiorityGap() != null && figures.superiorityGap().mean() > 0) {
            notes.add(labels.t("quality.note.aboveDesired"));
        }
        long notApplicable = figures.notApplicable() == null ? 0 : figures.notApplicable();
        long inconsistent = figures.inconsistent() == null ? 0 : figures.inconsistent();
        if (notApplicable > 0 || inconsistent > 0) {
            notes.add(labels.t("quality.note.excluded", notApplicable, inconsistent));
        }
        return String.join("; ", notes);
    }
}
