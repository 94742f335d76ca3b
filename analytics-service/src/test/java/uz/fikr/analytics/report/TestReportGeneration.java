package uz.fikr.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For tests of the archive and the delivery: a report generator that writes small but real files (a one-page PDF,
 * a one-sheet XLSX workbook, a ZIP with one CSV file), reports three steps of progress, remembers everything it
 * generated, and can be held at its first step by closing {@link #GATE}; and the test's {@link #CLOCK}. Both are
 * shared by every application context a test starts, as a restarted service shares the world.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestReportGeneration {

    public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    public static final Gate GATE = new Gate();
    public static final List<GeneratedReport> GENERATED = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    MutableClock testClock() {
        return CLOCK;
    }

    @Bean
    ReportGenerator testReportGenerator() {
        return (request, generatedAt, progress) -> {
            progress.step(0, 3, "content");
            GATE.pass();
            progress.step(1, 3, "pdf");
            String title = "Report " + request.period().from() + " " + request.language().code();
            byte[] pdf = pdf(title + " for " + String.join(", ", request.surveyIds()));
            progress.step(2, 3, "xlsx");
            byte[] xlsx = xlsx(title);
            progress.step(3, 3, "csv");
            GeneratedReport report = new GeneratedReport(request, generatedAt, title,
                    "fikr-report-" + request.period().from() + "-" + request.language().code(), pdf, xlsx,
                    csv(title));
            GENERATED.add(report);
            return report;
        };
    }

    /** The report generated last for a period's first day. */
    public static GeneratedReport generatedFor(java.time.LocalDate from) {
        return GENERATED.reversed().stream().filter(report -> report.request().period().from().equals(from))
                .findFirst().orElseThrow();
    }

    /** Holds generation at its first step while closed. */
    public static final class Gate {

        private volatile CountDownLatch opened = new CountDownLatch(0);

        public void close() {
            opened = new CountDownLatch(1);
        }

        public void open() {
            opened.countDown();
        }

        void pass() {
            try {
                opened.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xlsx(String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue(title);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(String title) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("summary.csv"));
            zip.write(("title,responses\n\"" + title + "\",31\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
