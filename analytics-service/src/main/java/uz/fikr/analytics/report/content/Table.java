package uz.fikr.analytics.report.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table of a section. Every row has one cell per column.
 *
 * @param id unique within the report, ASCII ({@code [a-z0-9-]+}): the CSV file's name
 * @param caption what the table shows, e.g. "Gap per item (perceived minus minimum)"
 * @param note a sentence under the table, e.g. which groups were left out as too small; null for none
 */
public record Table(String id, String caption, List<Column> columns, List<List<Cell>> rows, @Nullable String note) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** A column: its header and how its numbers are written. */
    public record Column(String header, CellKind kind) {
    }
}
