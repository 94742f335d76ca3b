package uz.fikr.analytics.report.content;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import uz.fikr.analytics.report.ReportLanguage;

/**
 * The one place that writes a report's numbers, in cells and in sentences alike, for the report language's locale:
 * "3,85" in Uzbek and Russian, "3.85" in English. Rounding is half-up, as readers of a printed report expect.
 */
public final class ReportNumbers {

    private final Locale locale;

    public ReportNumbers(ReportLanguage language) {
        this.locale = language.locale();
    }

    public String format(double value, CellKind kind) {
        return switch (kind) {
            case TEXT -> throw new IllegalArgumentException("a text column holds no numbers");
            case COUNT -> pattern("#,##0").format(value);
            case DECIMAL -> pattern("0.00").format(value);
            case SIGNED_DECIMAL -> signed(pattern("0.00"), value);
            case PERCENT -> pattern("0.0").format(100 * value) + " %";
            case POINTS -> signed(pattern("0.0"), value);
            case P_VALUE -> value < 0.001 ? "< " + pattern("0.000").format(0.001) : pattern("0.000").format(value);
        };
    }

    private String signed(DecimalFormat format, double value) {
        String written = format.format(Math.abs(value));
        if (written.equals(format.format(0))) {
            return written;
        }
        return (value < 0 ? "−" : "+") + written;
    }

    private DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
