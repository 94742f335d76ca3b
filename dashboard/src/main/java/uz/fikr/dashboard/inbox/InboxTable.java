package uz.fikr.dashboard.inbox;

import java.util.Collection;

import com.vaadin.flow.component.Component;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.TableData;

/**
 * The inbox rows a user looked at, as a table for the CSV and XLSX exports: the same labels the grid shows, with
 * the full text of each comment. The exports make a comment such as {@code =HYPERLINK(...)} literal
 * ({@link uz.fikr.dashboard.table.TableExports}).
 */
final class InboxTable {

    private InboxTable() {
    }

    static TableData of(Component c, Formats formats, Collection<InboxItem> items) {
        var table = TableData.builder("inbox", c.getTranslation("inbox.export.caption"),
                c.getTranslation("inbox.column.received"), c.getTranslation("inbox.column.source"),
                c.getTranslation("inbox.column.category"), c.getTranslation("inbox.column.serviceArea"),
                c.getTranslation("inbox.column.branch"), c.getTranslation("inbox.column.channel"),
                c.getTranslation("inbox.column.status"), c.getTranslation("inbox.column.assignee"),
                c.getTranslation("inbox.column.text"));
        for (InboxItem item : items) {
            table.row(formats.dateTime(item.receivedAt()), InboxLabels.source(c, item.source()),
                    InboxLabels.category(c, item.category()), InboxLabels.serviceArea(c, item.serviceArea()),
                    text(item.branch()), InboxLabels.channel(c, item.channel()), InboxLabels.status(c, item.status()),
                    item.assigneeOrEmpty(), item.text());
        }
        return table.build();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
