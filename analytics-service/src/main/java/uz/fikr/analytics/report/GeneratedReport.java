package uz.fikr.analytics.report;

import java.time.Instant;

/**
 * A report in its three formats, as generated once; the archive keeps exactly these bytes.
 *
 * @param title the report's title in its language (the cover's first line)
 * @param fileName a file name without extension, ASCII only, e.g. {@code fikr-report-2026-11-uz-Latn}
 * @param csv a ZIP file holding one UTF-8 CSV file per table
 */
public record GeneratedReport(ReportRequest request, Instant generatedAt, String title, String fileName,
        byte[] pdf, byte[] xlsx, byte[] csv) {
}
