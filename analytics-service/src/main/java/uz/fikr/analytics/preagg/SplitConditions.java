package uz.fikr.analytics.preagg;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.Grouping;

/**
 * The two conditions that split a read between aggregates and raw tables, given the clean days and the
 * generation each is read at. Public for the benchmark, which sends the same SQL straight to ClickHouse.
 */
public final class SplitConditions {

    private SplitConditions() {}

    /** Aggregate rows of the clean days' generations that match the filter ({@code 0} when none is clean). */
    public static String aggregated(String surveyId, AnswerFilter filter, @Nullable Grouping grouping,
            SortedMap<LocalDate, Long> generations) {
        if (generations.isEmpty()) {
            return "0";
        }
        List<String> pairs = new ArrayList<>();
        generations.forEach((day, generation) -> pairs.add("(" + SqlLiterals.string(day.toString()) + ", "
                + SqlLiterals.integer(generation) + ")"));
        return Conditions.ofDays(surveyId, filter, grouping) + " AND (day, generation) IN ("
                + String.join(", ", pairs) + ")";
    }

    /** The group of an aggregate row: the grouping set's value, or '' when the read is not grouped. */
    public static String aggregatedGroup(@Nullable Grouping grouping) {
        return grouping == null ? "''" : "dim_value";
    }

    /**
     * Raw rows to count: those of every day that is not clean, and, when the survey has split responses, every copy
     * of them ({@code 1} when no day is clean). {@code database} is the configured, checked database name.
     */
    public static String recent(String database, String surveyId, SortedMap<LocalDate, Long> generations,
            ZoneId zone, boolean splits) {
        if (generations.isEmpty()) {
            return "1";
        }
        String outside = Conditions.outside(new TreeSet<>(generations.keySet()), zone);
        return splits ? "(" + outside + " OR response_id IN (SELECT response_id FROM " + database
                + ".preagg_splits WHERE survey_id = " + SqlLiterals.string(surveyId) + "))" : outside;
    }
}
