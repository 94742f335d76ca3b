package uz.fikr.analytics.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.clickhouse.SqlLiterals;

/**
 * Builds the WHERE condition of an analytics query from a survey id and an {@link AnswerFilter}. Column names are
 * constants here; every value is a quoted literal. The result is safe to put after {@code WHERE}.
 */
public final class Conditions {

    private Conditions() {}

    public static String of(String surveyId, AnswerFilter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        conditions.add("survey_id = " + SqlLiterals.string(surveyId));
        conditions.addAll(period(filter.from(), filter.to(), zone));
        keys(conditions, filter);
        return String.join(" AND ", conditions);
    }

    private static void keys(List<String> conditions, AnswerFilter filter) {
        version(conditions, filter);
        filteredColumns(filter).forEach((column, value) -> conditions.add(column + " = " + SqlLiterals.string(value)));
    }

    private static void version(List<String> conditions, AnswerFilter filter) {
        if (filter.version() != null) {
            conditions.add("survey_version = " + SqlLiterals.integer(filter.version()));
        }
    }

    /**
     * The same filter over a pre-aggregated table, whose rows carry their {@code day} (in the library's time zone),
     * the survey version, and one grouping set: {@code dim} names the filter column the row is counted under ('' for
     * all responses) and {@code dim_value} its value. The filter and the grouping may use at most one of those
     * columns between them ({@link #oneGroupingSet}).
     */
    public static String ofDays(String surveyId, AnswerFilter filter, @Nullable Grouping grouping) {
        List<String> conditions = new ArrayList<>();
        conditions.add("survey_id = " + SqlLiterals.string(surveyId));
        if (filter.from() != null) {
            conditions.add("day >= " + SqlLiterals.date(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("day <= " + SqlLiterals.date(filter.to()));
        }
        version(conditions, filter);
        Map<String, String> filtered = filteredColumns(filter);
        if (!oneGroupingSet(filter, grouping)) {
            throw new IllegalArgumentException("a pre-aggregated read filters or groups by one column at most");
        }
        String column = grouping != null ? grouping.column()
                : filtered.isEmpty() ? "" : filtered.keySet().iterator().next();
        conditions.add("dim = " + SqlLiterals.string(column));
        String value = filtered.get(column);
        if (value != null) {
            conditions.add("dim_value = " + SqlLiterals.string(value));
        }
        return String.join(" AND ", conditions);
    }

    /**
     * True when the filter's branch, reader group, age band and channel, together with the grouping, name one
     * column at most: such a read is answered by one grouping set of the pre-aggregates.
     */
    public static boolean oneGroupingSet(AnswerFilter filter, @Nullable Grouping grouping) {
        Set<String> columns = new HashSet<>(filteredColumns(filter).keySet());
        if (grouping != null) {
            columns.add(grouping.column());
        }
        return columns.size() <= 1;
    }

    private static Map<String, String> filteredColumns(AnswerFilter filter) {
        Map<String, String> columns = new LinkedHashMap<>();
        put(columns, "branch", filter.branch());
        put(columns, "reader_group", filter.readerGroup());
        put(columns, "age_band", filter.ageBand());
        put(columns, "channel", filter.channel());
        return columns;
    }

    private static void put(Map<String, String> columns, String column, @Nullable String value) {
        if (value != null) {
            columns.put(column, value);
        }
    }

    /**
     * {@code received_at} on none of the given days (in the library's time zone): ranges between the runs of
     * consecutive days, so that ClickHouse skips the months they do not touch. {@code days} must not be empty.
     */
    public static String outside(SortedSet<LocalDate> days, ZoneId zone) {
        List<LocalDate> sorted = List.copyOf(days);
        List<String> ranges = new ArrayList<>();
        ranges.add("received_at < " + SqlLiterals.dateTime(startOf(sorted.getFirst(), zone)));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate afterPrevious = sorted.get(i - 1).plusDays(1);
            if (sorted.get(i).isAfter(afterPrevious)) {
                ranges.add(between(afterPrevious, sorted.get(i), zone));
            }
        }
        ranges.add("received_at >= " + SqlLiterals.dateTime(startOf(sorted.getLast().plusDays(1), zone)));
        return "(" + String.join(" OR ", ranges) + ")";
    }

    /** {@code received_at} on the days from {@code first} (inclusive) to {@code end} (exclusive). */
    public static String between(LocalDate first, LocalDate end, ZoneId zone) {
        return "(received_at >= " + SqlLiterals.dateTime(startOf(first, zone)) + " AND received_at < "
                + SqlLiterals.dateTime(startOf(end, zone)) + ")";
    }

    /** {@code received_at} within whole days in the library's time zone, both inclusive; none when both are absent. */
    public static List<String> period(@Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("received_at >= " + SqlLiterals.dateTime(startOf(from, zone)));
        }
        if (to != null) {
            conditions.add("received_at < " + SqlLiterals.dateTime(startOf(to.plusDays(1), zone)));
        }
        return conditions;
    }

    private static java.time.Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
