package uz.fikr.analytics.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
        if (filter.version() != null) {
            conditions.add("survey_version = " + SqlLiterals.integer(filter.version()));
        }
        equal(conditions, "branch", filter.branch());
        equal(conditions, "reader_group", filter.readerGroup());
        equal(conditions, "age_band", filter.ageBand());
        equal(conditions, "channel", filter.channel());
        return String.join(" AND ", conditions);
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

    private static void equal(List<String> conditions, String column, String value) {
        if (value != null) {
            conditions.add(column + " = " + SqlLiterals.string(value));
        }
    }
}
