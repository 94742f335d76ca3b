package uz.fikr.analytics.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a report's period is cut: a calendar month, quarter or year, or any span of days asked for on demand. */
public enum PeriodKind {
    MONTH, QUARTER, YEAR, CUSTOM;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeriodKind> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(kind -> kind.parameter().equals(parameter)).findFirst();
    }
}
