package uz.fikr.dashboard.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.table.ExportLinks;
import uz.fikr.dashboard.table.TableData;

/**
 * The inbox as a lazy grid, newest first: analytics-service gives each page of rows ({@code limit}/{@code offset})
 * and the total. Readers' text is set as text, shortened to {@link #SHORT_TEXT} characters (the detail shows all of
 * it). The rows loaded so far are what the CSV/XLSX links export.
 */
class InboxGrid extends Div implements LocaleChangeObserver {

    static final int PAGE_SIZE = 50;
    static final int SHORT_TEXT = 120;

    private final InboxApi api;
    private final PendingChanges pending;
    private final Grid<InboxItem> grid = new Grid<>();
    private final GridLazyDataView<InboxItem> rows;
    private final Paragraph count = new Paragraph();
    private final ExportLinks exports = new ExportLinks();
    private final TreeMap<Integer, InboxItem> loaded = new TreeMap<>();
    private final List<Grid.Column<InboxItem>> columns = new ArrayList<>();
    private @Nullable InboxFilter filter;
    private @Nullable InboxPage first;

    InboxGrid(InboxApi api, PendingChanges pending) {
        this.api = api;
        this.pending = pending;
        addClassName("inbox-list");
        count.addClassName("inbox-count");
        count.getElement().setAttribute("role", "status");
        grid.addClassName("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        columns.add(grid.addColumn(item -> formats().dateTime(item.receivedAt())).setAutoWidth(true).setFlexGrow(0));
        columns.add(grid.addColumn(item -> InboxLabels.source(this, item.source())).setWidth("8rem").setFlexGrow(0));
        columns.add(grid.addColumn(item -> InboxLabels.topic(this, item)).setWidth("10rem").setFlexGrow(0));
        columns.add(grid.addColumn(item -> item.branch() == null ? "" : item.branch()).setWidth("8rem")
                .setFlexGrow(0));
        columns.add(grid.addComponentColumn(this::status).setAutoWidth(true).setFlexGrow(0));
        columns.add(grid.addColumn(InboxItem::assigneeOrEmpty).setWidth("7rem").setFlexGrow(0));
        columns.add(grid.addColumn(item -> shortened(item.text())).setWidth("16rem").setFlexGrow(1));
        rows = grid.setItems(query -> fetch(query.getOffset(), query.getLimit()), query -> count());
        rows.setIdentifierProvider(InboxItem::itemId);
        add(count, grid, exports);
    }

    /** Lists the items {@code filter} selects, from the first. */
    void show(InboxFilter filter) {
        this.filter = filter;
        first = null;
        loaded.clear();
        rows.refreshAll();
    }

    /** Shows {@code item} in its row (after a change, or when analytics-service caught up with one). */
    void refreshItem(InboxItem item) {
        loaded.replaceAll((index, row) -> row.itemId().equals(item.itemId()) ? item : row);
        InboxPage cached = first;
        if (cached != null) {
            first = new InboxPage(cached.total(), cached.items().stream()
                    .map(row -> row.itemId().equals(item.itemId()) ? item : row).toList());
        }
        rows.refreshItem(item);
        exports.show(table());
    }

    void onSelect(Consumer<Optional<InboxItem>> listener) {
        grid.asSingleSelect().addValueChangeListener(event -> listener.accept(Optional.ofNullable(event.getValue())));
    }

    void deselect() {
        grid.asSingleSelect().clear();
    }

    /** The rows loaded so far, as the exports write them. */
    TableData table() {
        return InboxTable.of(this, formats(), loaded.values());
    }

    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHORT_TEXT ? line : line.substring(0, SHORT_TEXT - 1).stripTrailing() + "…";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String[] keys = {"received", "source", "topic", "branch", "status", "assignee", "text"};
        for (int i = 0; i < keys.length; i++) {
            columns.get(i).setHeader(getTranslation("inbox.column." + keys[i]));
        }
        grid.setAriaLabel(getTranslation("inbox.grid.label"));
        rows.refreshAll();
    }

    private int count() {
        if (filter == null) {
            return 0;
        }
        try {
            first = api.page(filter, 0, PAGE_SIZE);
        }
        catch (ServiceException ex) {
            count.setText(getTranslation("inbox.unavailable"));
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
            return 0;
        }
        count.setText(getTranslation("inbox.count", first.total()));
        return (int) Math.min(first.total(), Integer.MAX_VALUE);
    }

    private Stream<InboxItem> fetch(int offset, int limit) {
        var items = new ArrayList<InboxItem>();
        try {
            while (items.size() < limit && filter != null) {
                int at = offset + items.size();
                int wanted = Math.min(InboxApi.MAX_LIMIT, limit - items.size());
                List<InboxItem> chunk = read(filter, at, wanted);
                items.addAll(chunk);
                if (chunk.isEmpty() || first != null && at + chunk.size() >= first.total()) {
                    break;
                }
            }
        }
        catch (ServiceException ex) {
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
        }
        for (int i = 0; i < items.size(); i++) {
            items.set(i, pending.apply(items.get(i)));
            loaded.put(offset + i, items.get(i));
        }
        exports.show(table());
        return items.stream();
    }

    /** Rows from {@code offset} on: from the first page read with the count where it holds them. */
    private List<InboxItem> read(InboxFilter shown, int offset, int wanted) {
        InboxPage cached = first;
        List<InboxItem> items = cached != null && offset < cached.items().size() ? cached.items().subList(offset,
                cached.items().size()) : api.page(shown, offset, wanted).items();
        return items.size() > wanted ? items.subList(0, wanted) : items;
    }

    private Span status(InboxItem item) {
        var badge = new Span(InboxLabels.status(this, item.status()));
        badge.addClassNames("inbox-status", "inbox-status-" + item.status().toLowerCase(Locale.ROOT));
        if (!pending.isPending(item.itemId())) {
            return badge;
        }
        var updating = new Span(getTranslation("inbox.grid.updating"));
        updating.addClassName("inbox-updating");
        return new Span(badge, updating);
    }

    private Formats formats() {
        return Formats.of(getLocale());
    }
}
