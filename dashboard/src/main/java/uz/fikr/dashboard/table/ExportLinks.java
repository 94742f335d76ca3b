package uz.fikr.dashboard.table;

import java.io.ByteArrayInputStream;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * "Download CSV" and "Download XLSX" links for a table. The file is written when the link is followed, from the
 * table as it is shown then, on the download request's own thread, so the page stays responsive.
 */
public class ExportLinks extends Span {

    static final String CSV_TYPE = "text/csv; charset=utf-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    private @org.jspecify.annotations.Nullable TableData data;

    public ExportLinks() {
        addClassName("export-links");
        csv.addClassName("export-csv");
        xlsx.addClassName("export-xlsx");
        csv.setHref(handler("csv", CSV_TYPE, TableExports::csv));
        xlsx.setHref(handler("xlsx", XLSX_TYPE, TableExports::xlsx));
        add(csv, xlsx);
    }

    /** Offers {@code data} for download, labelled with its caption. */
    public void show(TableData data) {
        this.data = data;
        csv.setText(getTranslation("export.csv"));
        xlsx.setText(getTranslation("export.xlsx"));
        csv.getElement().setAttribute("aria-label", getTranslation("export.csv.label", data.caption()));
        xlsx.getElement().setAttribute("aria-label", getTranslation("export.xlsx.label", data.caption()));
    }

    private DownloadHandler handler(String extension, String type, Function<TableData, byte[]> writer) {
        return DownloadHandler.fromInputStream(event -> {
            TableData current = data;
            if (current == null) {
                return DownloadResponse.error(404);
            }
            byte[] bytes = writer.apply(current);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "fikr-" + current.name() + "." + extension,
                    type, bytes.length);
        });
    }
}
