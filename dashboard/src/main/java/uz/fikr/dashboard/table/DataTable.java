package uz.fikr.dashboard.table;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A {@link TableData} as a plain HTML table with a caption and column headers, followed by its CSV and XLSX
 * download links. Charts stand beside one of these so that screen-reader users get the same numbers. Cells are
 * set as text, so a reader's comment can never become markup.
 */
public class DataTable extends Div {

    private final NativeTable table = new NativeTable();
    private final ExportLinks exports = new ExportLinks();
    private @org.jspecify.annotations.Nullable TableData data;

    public DataTable() {
        addClassName("data-table");
        table.addClassName("figures");
        add(table, exports);
    }

    public void show(TableData data) {
        this.data = data;
        // NativeTable keeps its head and body: emptying them (not removeAll) lets a table be shown again
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(data.caption());
        var head = new NativeTableRow();
        for (String column : data.columns()) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        for (List<Object> row : data.rows()) {
            var line = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                String text = value == null ? "" : value.toString();
                if (i == 0) {
                    var header = new NativeTableHeaderCell(text);
                    header.getElement().setAttribute("scope", "row");
                    line.add(header);
                }
                else {
                    var cell = new NativeTableCell(text);
                    if (value instanceof Number || value instanceof TableData.Cell) {
                        cell.addClassName("number");
                    }
                    line.add(cell);
                }
            }
            table.getBody().add(line);
        }
        exports.show(data);
    }

    /** The table last shown. */
    public TableData data() {
        return data;
    }
}
