package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds a {@link Table} column by column, then row by row. */
final class TableBuilder {

    private final String id;
    private final String caption;
    private final List<Table.Column> columns = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private @Nullable String note;

    TableBuilder(String id, String caption) {
        this.id = id;
        this.caption = caption;
    }

    TableBuilder column(String header, CellKind kind) {
        columns.add(new Table.Column(header, kind));
        return this;
    }

    TableBuilder row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    TableBuilder note(@Nullable String sentence) {
        this.note = sentence;
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Table build() {
        return new Table(id, caption, columns, rows, note);
    }

    /** A number, or an empty cell with the reason when there is none. */
    static Cell number(@Nullable Double value, String missing) {
        return value == null || !Double.isFinite(value) ? Cell.missing(missing) : Cell.number(value);
    }
}
