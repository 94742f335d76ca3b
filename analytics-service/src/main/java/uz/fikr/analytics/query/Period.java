package uz.fikr.analytics.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The periods a trend can be cut into, and the only ClickHouse functions that cut them. */
public enum Period {
    WEEK("toMonday"),
    MONTH("toStartOfMonth"),
    QUARTER("toStartOfQuarter");

    private final String function;

    Period(String function) {
        this.function = function;
    }

    /** The ClickHouse function that maps a time to the first day of its period: a constant, never input. */
    public String function() {
        return function;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(period -> period.parameter().equals(parameter)).findFirst();
    }
}
