package uz.fikr.dashboard.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.table.ExportLinks;
import uz.fikr.dashboard.table.TableData;

/**
 * The archive as a lazy grid, newest first: analytics-service gives each page ({@code limit}/{@code offset}) and
 * the total. Titles and names are set as text. The rows loaded so far are what the CSV/XLSX links export.
 */
class ArchiveGrid extends Div implements LocaleChangeObserver {

    static final int PAGE_SIZE = 50;
    private static final String[] COLUMNS = {"title", "period", "language", "branch", "requestedBy", "generatedAt",
        "files"};

    private final ReportsApi api;
    private final Grid<ArchivedReport> grid = new Grid<>();
    private final GridLazyDataView<ArchivedReport> rows;
    private final Paragraph count = new Paragraph();
    private final ExportLinks exports = new ExportLinks();
    private final TreeMap<Integer, ArchivedReport> loaded = new TreeMap<>();
    private final List<Grid.Column<ArchivedReport>> columns = new ArrayList<>();
    private @Nullable Long total;

    ArchiveGrid(ReportsApi api) {
        this.api = api;
        addClassName("report-archive");
        count.addClassName("report-count");
        count.getElement().setAttribute("role", "status");
        grid.addClassName("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        columns.add(grid.addColumn(ArchivedReport::title).setFlexGrow(2));
        columns.add(grid.addColumn(report -> ReportTexts.period(this, report.period())).setAutoWidth(true));
        columns.add(grid.addColumn(report -> ReportTexts.language(this, report.language())).setAutoWidth(true));
        columns.add(grid.addColumn(report -> report.branch() == null ? "" : report.branch()).setAutoWidth(true));
        columns.add(grid.addColumn(report -> ReportTexts.requestedBy(this, report.requestedBy())).setAutoWidth(true));
        columns.add(grid.addColumn(report -> formats().dateTime(report.generatedAt())).setAutoWidth(true));
        columns.add(grid.addComponentColumn(report -> ReportDownloads.links(this, api, report)).setAutoWidth(true));
        rows = grid.setItems(query -> fetch(query.getOffset(), query.getLimit()), query -> count());
        rows.setIdentifierProvider(ArchivedReport::id);
        add(count, grid, exports);
    }

    /** Reads the archive again from the first report, e.g. after a new one was written. */
    void refresh() {
        total = null;
        loaded.clear();
        rows.refreshAll();
    }

    /** The rows loaded so far, as the exports write them. */
    TableData table() {
        var table = TableData.builder("reports", getTranslation("reports.archive.caption"), headers());
        for (ArchivedReport report : loaded.values()) {
            table.row(report.title(), ReportTexts.period(this, report.period()),
                    ReportTexts.language(this, report.language()), report.branch() == null ? "" : report.branch(),
                    ReportTexts.requestedBy(this, report.requestedBy()), formats().dateTime(report.generatedAt()),
                    String.join(", ", report.files() == null ? ReportDownloads.FORMATS : report.files().keySet()));
        }
        return table.build();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String[] headers = headers();
        for (int i = 0; i < headers.length; i++) {
            columns.get(i).setHeader(headers[i]);
        }
        grid.setAriaLabel(getTranslation("reports.archive.caption"));
        refresh();
    }

    private String[] headers() {
        return Stream.of(COLUMNS).map(column -> getTranslation("reports.column." + column)).toArray(String[]::new);
    }

    private int count() {
        try {
            long all = api.archive(0, 1).total();
            total = all;
            count.setText(getTranslation("reports.archive.count", all));
            // an empty archive has nothing to download: no links a keyboard or screen reader would land on
            exports.setVisible(all > 0);
            return (int) Math.min(all, Integer.MAX_VALUE);
        }
        catch (ServiceException ex) {
            count.setText(getTranslation("reports.archive.unavailable"));
            exports.setVisible(false);
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
            return 0;
        }
    }

    private Stream<ArchivedReport> fetch(int offset, int limit) {
        var reports = new ArrayList<ArchivedReport>();
        try {
            while (reports.size() < limit) {
                int at = offset + reports.size();
                List<ArchivedReport> chunk = api.archive(at, Math.min(ReportsApi.MAX_LIMIT, limit - reports.size()))
                        .reports();
                reports.addAll(chunk.subList(0, Math.min(chunk.size(), limit - reports.size())));
                if (chunk.isEmpty() || total != null && at + chunk.size() >= total) {
                    break;
                }
            }
        }
        catch (ServiceException ex) {
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
        }
        for (int i = 0; i < reports.size(); i++) {
            loaded.put(offset + i, reports.get(i));
        }
        exports.show(table());
        return reports.stream();
    }

    private Formats formats() {
        return Formats.of(getLocale());
    }
}
