package uz.fikr.dashboard.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of figures as a page shows it: translated column headings and rows of cells. The same data feeds the
 * accessible HTML table beside a chart ({@link DataTable}) and the CSV and XLSX exports ({@link TableExports}), so
 * an export holds exactly what the user looked at.
 *
 * <p>A cell is a {@link String}, a {@link Number} (written as a number in XLSX) or null (empty). Numbers in a
 * {@link Cell} carry the text the page shows (e.g. "3.4 (3.2–3.6)") and the raw value for spreadsheets.
 *
 * @param name a short name for the export's file name, e.g. {@code gaps}
 */
public record TableData(String name, String caption, List<String> columns, List<List<Object>> rows) {

    /** A number shown with its own text on the page, exported as the number. */
    public record Cell(String text, double value) {
        @Override
        public String toString() {
            return text;
        }
    }

    public TableData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of '%s' has %d cells for %d columns"
                        .formatted(name, row.size(), columns.size()));
            }
        }
    }

    /** Collects rows for a table. */
    public static Builder builder(String name, String caption, String... columns) {
        return new Builder(name, caption, List.of(columns));
    }

    public static final class Builder {
        private final String name;
        private final String caption;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, String caption, List<String> columns) {
            this.name = name;
            this.caption = caption;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public TableData build() {
            return new TableData(name, caption, columns, rows);
        }
    }
}
