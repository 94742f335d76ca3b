package uz.fikr.analytics.report.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.content.ReportContent;

/**
 * A report as an A4 PDF a director reads without the dashboard: cover, summary and contents on the first page, a
 * section per page onward, charts as vector graphics, page numbers in the footer. Tagged for screen readers (PDF/UA:
 * structure tree, language, title, charts' alternative text), DejaVu Sans embedded. The same content and moment
 * give the same bytes: the file's dates are {@code generatedAt} and its ID a hash of the content.
 */
@Component
public class PdfReportRenderer {

    private static final String PRODUCER = "Fikr";

    private final ReportFonts fonts = new ReportFonts();
    private final String css = stylesheet();

    public byte[] render(ReportContent content, Instant generatedAt) {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        // the document is built here and needs nothing from outside: no file, no URL is ever read
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        fonts.register(builder);
        builder.useObjectDrawerFactory(new ChartObjects(content, new ChartStyle(fonts, content.language().locale())));
        builder.withW3cDocument(ReportDocument.build(content, css), "about:report");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); var out = new ByteArrayOutputStream()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            fix(pdf, content, generatedAt);
            pdf.save(out);
            pdf.close();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the PDF of " + content.cover().title(), ex);
        }
    }

    /** Dates and ID from the report, not from the clock and a random number, so a re-render is byte-identical. */
    private static void fix(PDDocument pdf, ReportContent content, Instant generatedAt) {
        Calendar at = GregorianCalendar.from(generatedAt.atZone(ZoneOffset.UTC));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(at);
        info.setModificationDate(at);
        info.setTitle(content.cover().title());
        info.setProducer(PRODUCER);
        byte[] id = Arrays.copyOf(sha256(content + "\n" + generatedAt), 16);
        var ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", ex);
        }
    }

    private static String stylesheet() {
        ClassLoader loader = PdfReportRenderer.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("report/render/report.css")) {
            if (in == null) {
                throw new IllegalStateException("report/render/report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the report's style sheet", ex);
        }
    }
}
