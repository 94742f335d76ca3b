package uz.fikr.dashboard.reports;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.fikr.dashboard.service.ServedFile;
import uz.fikr.dashboard.service.ServiceException;

/**
 * The PDF, XLSX and CSV links of an archived report. analytics-service is not public, so the dashboard fetches
 * the file with its own login when the link is followed and streams it on unchanged: the same bytes, file name and
 * type that analytics-service archived.
 */
final class ReportDownloads {

    static final List<String> FORMATS = List.of("pdf", "xlsx", "csv");

    private static final Logger log = LoggerFactory.getLogger(ReportDownloads.class);

    private ReportDownloads() {
    }

    /** A link per format the archive holds (all three when it does not say). */
    static Span links(Component c, ReportsApi api, ArchivedReport report) {
        var links = new Span();
        links.addClassName("report-downloads");
        for (String format : FORMATS) {
            if (report.files() == null || report.files().containsKey(format)) {
                String name = format.toUpperCase(Locale.ROOT);
                var link = new Anchor(handler(api, report.id(), format), name);
                link.addClassName("report-download-" + format);
                link.getElement().setAttribute("aria-label",
                        c.getTranslation("reports.download.label", name, report.title()));
                links.add(link);
            }
        }
        return links;
    }

    static DownloadHandler handler(ReportsApi api, String reportId, String format) {
        return DownloadHandler.fromInputStream(event -> {
            ServedFile file;
            try {
                file = api.file(reportId, format);
            }
            catch (ServiceException ex) {
                log.warn("Cannot pass on the {} of report {}: {}", format, reportId, ex.getMessage());
                return DownloadResponse.error(ex.status() == 404 ? 404 : 502);
            }
            String fileName = file.fileName() == null ? "report-" + reportId + "." + format : file.fileName();
            return new DownloadResponse(file.content(), fileName, file.contentType(), file.length());
        });
    }
}
