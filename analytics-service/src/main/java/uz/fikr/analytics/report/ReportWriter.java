package uz.fikr.analytics.report;

import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.content.ReportAssembler;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.render.CsvReportRenderer;
import uz.fikr.analytics.report.render.PdfReportRenderer;
import uz.fikr.analytics.report.render.XlsxReportRenderer;

/**
 * Writes a report: {@link ReportAssembler} gathers and words its numbers once, and the three renderers lay the same
 * {@link ReportContent} out as PDF, XLSX and CSV, so the formats never disagree.
 */
@Component
class ReportWriter implements ReportGenerator {

    /** The renderers' steps, told after the assembler's. */
    private static final int RENDER_STEPS = 3;

    private final ReportAssembler assembler;
    private final PdfReportRenderer pdf;
    private final XlsxReportRenderer xlsx;
    private final CsvReportRenderer csv;

    ReportWriter(ReportAssembler assembler, PdfReportRenderer pdf, XlsxReportRenderer xlsx, CsvReportRenderer csv) {
        this.assembler = assembler;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.csv = csv;
    }

    @Override
    public GeneratedReport generate(ReportRequest request, Instant generatedAt, ReportProgress progress) {
        int[] assembled = {0};
        ReportContent content = assembler.assemble(request, generatedAt, (done, total, step) -> {
            assembled[0] = total;
            progress.step(done, total + RENDER_STEPS, step);
        });
        int total = assembled[0] + RENDER_STEPS;
        progress.step(assembled[0], total, "pdf");
        byte[] pdfFile = pdf.render(content, generatedAt);
        progress.step(assembled[0] + 1, total, "xlsx");
        byte[] xlsxFile = xlsx.render(content, generatedAt);
        progress.step(assembled[0] + 2, total, "csv");
        byte[] csvFile = csv.render(content);
        progress.step(total, total, "done");
        return new GeneratedReport(request, generatedAt, content.cover().title(), fileName(request), pdfFile, xlsxFile,
                csvFile);
    }

    /**
     * An ASCII file name without extension that says what the report covers: {@code fikr-report-2026-11-uz-Latn},
     * {@code fikr-report-2026-q4-ru}, {@code fikr-report-2026-en}, {@code fikr-report-2026-10-01-2026-12-31-en}, with
     * the branch before the language when there is one.
     */
    static String fileName(ReportRequest request) {
        ReportPeriod period = request.period();
        String covered = switch (period.kind()) {
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", period.from().getYear(), period.from().getMonthValue());
            case QUARTER -> period.from().getYear() + "-q" + ((period.from().getMonthValue() + 2) / 3);
            case YEAR -> String.valueOf(period.from().getYear());
            case CUSTOM -> period.from() + "-" + period.to();
        };
        String branch = request.branch() == null ? "" : "-" + request.branch();
        return "fikr-report-" + covered + branch + "-" + request.language().code();
    }
}
