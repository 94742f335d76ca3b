package uz.fikr.dashboard.format;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, intervals, p-values and dates written the way the user's language writes them (a decimal comma in
 * Uzbek and Russian, a point in English). Times are shown in the library's time zone, Asia/Tashkent.
 */
public final class Formats {

    public static final ZoneId LIBRARY_ZONE = ZoneId.of("Asia/Tashkent");

    private final Locale locale;

    private Formats(Locale locale) {
        this.locale = locale;
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** A number with exactly {@code decimals} decimals, e.g. 3.40 → "3,40" in Uzbek. */
    public String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A count with the language's grouping, e.g. 12 345 in Russian. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share of 1 as a percentage, e.g. 0.734 → "73,4 %" in Russian. */
    public String percent(double fraction, int decimals) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    /** An estimate with its interval, e.g. "3,4 (3,2–3,6)". */
    public String interval(double estimate, double lower, double upper, int decimals) {
        return "%s (%s–%s)".formatted(number(estimate, decimals), number(lower, decimals), number(upper, decimals));
    }

    /** A change with its sign, e.g. "+0,3" or "−0,2". */
    public String change(double value, int decimals) {
        String magnitude = number(Math.abs(value), decimals);
        return value > 0 ? "+" + magnitude : value < 0 ? "−" + magnitude : magnitude;
    }

    /** A p-value as scientists write it: "p = 0,003", or "p < 0,001" for smaller ones. */
    public String pValue(double p) {
        if (Double.isNaN(p)) {
            return "p = –";
        }
        return p < 0.001 ? "p < " + number(0.001, 3) : "p = " + number(p, 3);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A moment as a date and time in Tashkent. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(LIBRARY_ZONE));
    }
}
