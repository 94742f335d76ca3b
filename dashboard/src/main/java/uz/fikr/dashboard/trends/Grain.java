package uz.fikr.dashboard.trends;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The periods analytics-service's trend endpoint cuts time into ({@code interval=week|month|quarter}). */
public enum Grain {
    WEEK, MONTH, QUARTER;

    /** Up to this many days a filter's period is followed per week on the Overview, up to two years per month. */
    private static final int WEEKLY_UP_TO_DAYS = 120;
    private static final int MONTHLY_UP_TO_DAYS = 731;

    /** The value of analytics-service's {@code interval} parameter and of this page's {@code grain} parameter. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Grain> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(grain -> grain.parameter().equals(parameter)).findFirst();
    }

    /** A grain that gives a small trend a handful of points over the period {@code from}..{@code to}. */
    public static Grain forPeriod(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return days <= WEEKLY_UP_TO_DAYS ? WEEK : days <= MONTHLY_UP_TO_DAYS ? MONTH : QUARTER;
    }

    /** The period starting on {@code start} in the user's words: "Week of Oct 5, 2026", "October 2026", "Q4 2026". */
    public String label(LocalDate start, Texts texts) {
        return switch (this) {
            case WEEK -> texts.text("trends.period.week", texts.formats().date(start));
            case MONTH -> capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", texts.locale()).format(start),
                    texts.locale());
            case QUARTER -> texts.text("trends.period.quarter",
                    Integer.toString((start.getMonthValue() - 1) / 3 + 1), Integer.toString(start.getYear()));
        };
    }

    /** A shown period with its n: "October 2026, n = 10". */
    public String labelWithN(Trend.PeriodFigures period, Texts texts) {
        Long n = period.n();
        return n == null ? label(period.start(), texts)
                : label(period.start(), texts) + ", " + texts.text("common.n", texts.formats().integer(n));
    }

    /** Russian and Uzbek write month names in lower case; a table's row heading starts with a capital. */
    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** "per month", for sentences. */
    public String per(Texts texts) {
        return texts.text("trends.per." + parameter());
    }

    /** The grain's name, e.g. "Month". */
    public String displayName(Texts texts) {
        return texts.text("trends.grain." + parameter());
    }
}
