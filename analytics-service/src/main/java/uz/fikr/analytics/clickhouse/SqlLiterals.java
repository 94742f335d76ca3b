package uz.fikr.analytics.clickhouse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one place that turns values into ClickHouse SQL literals. ClickHouse 18.16 has no query parameters, so every
 * value that reaches SQL text passes through here. Strings are quoted with every backslash and quote escaped and
 * control characters written as escapes, so no value can end its literal early.
 */
public final class SqlLiterals {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private SqlLiterals() {}

    public static String string(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> literal.append("\\'");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                case '\0' -> literal.append("\\0");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        literal.append(String.format("\\x%02X", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('\'').toString();
    }

    /** A comma-separated list of string literals, for {@code IN (...)}; never empty. */
    public static String stringList(java.util.Collection<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An IN list needs at least one value");
        }
        return String.join(", ", values.stream().map(SqlLiterals::string).toList());
    }

    public static String integer(long value) {
        return Long.toString(value);
    }

    /** A date as {@code toDate('2026-11-29')}. */
    public static String date(java.time.LocalDate date) {
        return "toDate(" + string(date.toString()) + ")";
    }

    /** A UTC date-time as {@code toDateTime('2026-11-29 10:15:30', 'UTC')}. */
    public static String dateTime(Instant instant) {
        return "toDateTime(" + string(DATE_TIME.format(instant)) + ", 'UTC')";
    }
}
