package uz.fikr.analytics.query;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.preagg.PreAggregates;

/**
 * The counts every figure is computed from, aggregated and de-duplicated in ClickHouse: per question, group and
 * value (or option), respondents per question and group, and responses. No raw answer leaves ClickHouse.
 * Numeric, perceived, respondent, response and trend counts read the clean days from the exact per-day aggregates
 * and every other day raw ({@link PreAggregates}); the answers are those of the raw queries.
 */
@Repository
public class AnswerCounts {

    private static final SqlTemplate NUMBERS = SqlTemplate.load("sql/insights/number_counts.sql");
    private static final SqlTemplate OPTIONS = SqlTemplate.load("sql/insights/option_counts.sql");
    private static final SqlTemplate RESPONDENTS = SqlTemplate.load("sql/insights/respondents.sql");
    private static final SqlTemplate TREND = SqlTemplate.load("sql/insights/trend_counts.sql");
    private static final SqlTemplate PERCEIVED = SqlTemplate.load("sql/insights/perceived_counts.sql");
    static final SqlTemplate RESPONSES = SqlTemplate.load("sql/insights/responses.sql");
    private static final SqlTemplate NUMBERS_AGGREGATED = SqlTemplate.load("sql/preagg/number_counts.sql");
    private static final SqlTemplate PERCEIVED_AGGREGATED = SqlTemplate.load("sql/preagg/perceived_counts.sql");
    private static final SqlTemplate RESPONDENTS_AGGREGATED = SqlTemplate.load("sql/preagg/respondents.sql");
    private static final SqlTemplate RESPONSES_AGGREGATED = SqlTemplate.load("sql/preagg/responses.sql");
    private static final SqlTemplate TREND_AGGREGATED = SqlTemplate.load("sql/preagg/trend_counts.sql");
    private static final SqlTemplate OPTIONS_AGGREGATED = SqlTemplate.load("sql/preagg/option_counts.sql");
    private static final String NO_GROUP = "''";

    private final PreAggregates preAggregates;
    private final ZoneId zone;

    AnswerCounts(PreAggregates preAggregates, QueryProperties properties) {
        this.preAggregates = preAggregates;
        this.zone = properties.timeZone();
    }

    /** One count: of a value (or option) of a question within a group ("" when not grouped). */
    public record Count(String questionId, String group, String value, long count) {}

    public List<Count> numbers(Scope scope) {
        return scope.questionIds().isEmpty() ? List.of() : counts(NUMBERS, NUMBERS_AGGREGATED, scope, "value");
    }

    /** Counts per perceived level (1-9) of three-column items; N/A answers are left out. */
    public List<Count> perceived(Scope scope) {
        return scope.questionIds().isEmpty() ? List.of()
                : counts(PERCEIVED, PERCEIVED_AGGREGATED, scope, "value");
    }

    public List<Count> options(Scope scope) {
        return scope.questionIds().isEmpty() ? List.of() : counts(OPTIONS, OPTIONS_AGGREGATED, scope, "value");
    }

    /** Respondents per question and group; {@link Count#value()} is empty. */
    public List<Count> respondents(Scope scope) {
        return scope.questionIds().isEmpty() ? List.of()
                : counts(RESPONDENTS, RESPONDENTS_AGGREGATED, scope, null);
    }

    /**
     * Runs several counts of one survey on one view of its pre-aggregated days: one read of the days' states
     * before them and one check after them ({@link PreAggregates#consistent}).
     */
    public <T> T together(String surveyId, Supplier<T> counts) {
        return preAggregates.consistent(surveyId, counts);
    }

    /** Starts one count now, beside the others of a request; the supplier waits for it ({@link PreAggregates#fork}). */
    public <T> Supplier<T> fork(Supplier<T> count) {
        return preAggregates.fork(count);
    }

    /** How many distinct responses to the survey match the filter, whichever questions they answered. */
    public long responses(String surveyId, AnswerFilter filter) {
        List<JsonNode> rows = preAggregates.query(RESPONSES, RESPONSES_AGGREGATED, surveyId, filter, null,
                Map.of("where", Conditions.of(surveyId, filter, zone)));
        return rows.stream().mapToLong(row -> row.get("responses").asLong()).findFirst().orElse(0);
    }

    /**
     * Counts per value of one numeric question per period; {@link Count#group()} is the first day of the period
     * (ISO date).
     */
    public List<Count> trend(String surveyId, AnswerFilter filter, String questionId, Period period) {
        Map<String, String> parts = new HashMap<>();
        parts.put("where", Conditions.of(surveyId, filter, zone));
        parts.put("period", period.function());
        parts.put("timeZone", SqlLiterals.string(zone.getId()));
        parts.put("questionId", SqlLiterals.string(questionId));
        List<Count> counts = new ArrayList<>();
        for (JsonNode row : preAggregates.query(TREND, TREND_AGGREGATED, surveyId, filter, null, parts)) {
            counts.add(new Count(questionId, row.get("period").asString(), row.get("value").asString(),
                    row.get("count").asLong()));
        }
        return counts;
    }

    /** Which answers to count: a survey, its filter, some of its questions, and an optional grouping. */
    public record Scope(String surveyId, AnswerFilter filter, List<String> questionIds, @Nullable Grouping grouping) {
        public Scope {
            questionIds = List.copyOf(questionIds);
        }
    }

    private List<Count> counts(SqlTemplate template, SqlTemplate aggregated, Scope scope,
            @Nullable String valueColumn) {
        Map<String, String> parts = new HashMap<>();
        parts.put("where", Conditions.of(scope.surveyId(), scope.filter(), zone));
        parts.put("group", scope.grouping() == null ? NO_GROUP : scope.grouping().column());
        parts.put("questionIds", SqlLiterals.stringList(scope.questionIds()));
        List<Count> counts = new ArrayList<>();
        for (JsonNode row : preAggregates.query(template, aggregated, scope.surveyId(), scope.filter(),
                scope.grouping(), parts)) {
            counts.add(new Count(row.get("question_id").asString(), row.get("grp").asString(),
                    valueColumn == null ? "" : row.get(valueColumn).asString(), row.get("count").asLong()));
        }
        return counts;
    }
}
