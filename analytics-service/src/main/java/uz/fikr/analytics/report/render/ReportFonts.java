package uz.fikr.analytics.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, read once from the classpath ({@code report/fonts}, licence beside it): it covers
 * Latin, Cyrillic and the Uzbek ʻ and ʼ, and is embedded in every PDF and used in its charts.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";

    private final byte[] regular = read("report/fonts/DejaVuSans.ttf");
    private final byte[] bold = read("report/fonts/DejaVuSans-Bold.ttf");
    private final Font chartRegular = awt(regular);
    private final Font chartBold = awt(bold);

    /** Makes the family available to the PDF's style sheet, embedded as a subset. */
    void register(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
    }

    /** The chart font in a size (in the chart's pixels). */
    Font chart(float size, boolean strong) {
        return (strong ? chartBold : chartRegular).deriveFont(size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the report font " + resource, ex);
        }
    }

    private static Font awt(byte[] font) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font));
        }
        catch (FontFormatException | IOException ex) {
            throw new IllegalStateException("The report font cannot be loaded", ex);
        }
    }
}
