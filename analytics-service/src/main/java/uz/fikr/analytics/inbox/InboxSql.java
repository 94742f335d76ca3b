package uz.fikr.analytics.inbox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.query.Conditions;

/**
 * The inbox queries and the values that fill their placeholders. Column names are constants here; every value
 * becomes a literal through {@link SqlLiterals}. A source that is left out gets the condition {@code 0}.
 */
final class InboxSql {

    private static final SqlTemplate ITEMS = SqlTemplate.load("sql/inbox/items.part.sql");
    static final SqlTemplate PAGE = SqlTemplate.load("sql/inbox/page.sql").including("items", ITEMS);
    static final SqlTemplate TOTAL = SqlTemplate.load("sql/inbox/total.sql").including("items", ITEMS);
    static final SqlTemplate PUBLIC_ENTRIES = SqlTemplate.load("sql/inbox/public_entries.sql")
            .including("items", ITEMS);
    static final SqlTemplate HISTORY = SqlTemplate.load("sql/inbox/history.sql");

    private static final String NOTHING = "0";
    private static final String EVERYTHING = "1";

    private InboxSql() {}

    /** The values of {@code page.sql} and {@code total.sql}; {@code questions} are the free-text questions to read. */
    static Map<String, String> page(InboxQuery query, List<FreeTextQuestion> questions, ZoneId zone) {
        return values(feedbackWhere(query, zone), answersWhere(query, questions, zone), EVERYTHING, where(query),
                query.paging());
    }

    /** The values of {@code page.sql} for the one item with this id. */
    static Map<String, String> item(ItemId id, List<FreeTextQuestion> questions) {
        String feedbackWhere = id instanceof ItemId.Feedback(var feedbackId)
                ? "feedback_id = toUUID(" + SqlLiterals.string(feedbackId.toString()) + ")"
                : NOTHING;
        String answersWhere = id instanceof ItemId.Answer(var responseId, var questionId) && !questions.isEmpty()
                ? "response_id = toUUID(" + SqlLiterals.string(responseId.toString()) + ") AND question_id = "
                        + SqlLiterals.string(questionId) + " AND " + freeText(questions)
                : NOTHING;
        return values(feedbackWhere, answersWhere, "item_id = " + SqlLiterals.string(id.text()), EVERYTHING,
                new Paging(1, 0));
    }

    /** The values of {@code history.sql}. */
    static Map<String, String> history(ItemId id) {
        return Map.of("itemId", SqlLiterals.string(id.text()));
    }

    /** The values of {@code public_entries.sql}: every item is a candidate; the query keeps the published ones. */
    static Map<String, String> publicEntries(List<FreeTextQuestion> questions, int limit, ZoneId zone) {
        return values(EVERYTHING, answersWhere(InboxQuery.ALL, questions, zone), EVERYTHING, EVERYTHING,
                new Paging(limit, 0));
    }

    static String feedbackWhere(InboxQuery query, ZoneId zone) {
        if (!query.readsFeedback()) {
            return NOTHING;
        }
        List<String> conditions = Conditions.period(query.from(), query.to(), zone);
        equal(conditions, "branch", query.branch());
        equal(conditions, "channel", query.channel());
        equal(conditions, "service_area", query.serviceArea());
        equal(conditions, "category", query.category() == null ? null : query.category().code());
        return all(conditions);
    }

    static String answersWhere(InboxQuery query, List<FreeTextQuestion> questions, ZoneId zone) {
        if (!query.readsAnswers() || questions.isEmpty()) {
            return NOTHING;
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("survey_id IN ("
                + SqlLiterals.stringList(questions.stream().map(FreeTextQuestion::surveyId).distinct().toList())
                + ")");
        conditions.add(freeText(questions));
        conditions.addAll(Conditions.period(query.from(), query.to(), zone));
        equal(conditions, "branch", query.branch());
        equal(conditions, "channel", query.channel());
        equal(conditions, "service_area", query.serviceArea());
        return all(conditions);
    }

    /** Conditions on an item's latest state and its text. */
    static String where(InboxQuery query) {
        List<String> conditions = new ArrayList<>();
        equal(conditions, "status", query.status() == null ? null : query.status().name());
        equal(conditions, "assignee", query.assignee());
        if (query.q() != null) {
            conditions.add("positionCaseInsensitiveUTF8(text, " + SqlLiterals.string(query.q()) + ") > 0");
        }
        return all(conditions);
    }

    /**
     * Only answers to these questions, as (survey_id, version, question_id) tuples. The version is a string because
     * ClickHouse 18.16's {@code has} needs tuples of identical types, and a number literal would not be UInt32.
     */
    private static String freeText(List<FreeTextQuestion> questions) {
        return "has([" + String.join(", ", questions.stream().map(question -> "("
                + SqlLiterals.string(question.surveyId()) + ", "
                + SqlLiterals.string(Integer.toString(question.surveyVersion())) + ", "
                + SqlLiterals.string(question.questionId()) + ")").toList())
                + "], (survey_id, toString(survey_version), question_id))";
    }

    private static Map<String, String> values(String feedbackWhere, String answersWhere, String changesWhere,
            String where, Paging paging) {
        Map<String, String> values = new HashMap<>();
        values.put("feedbackWhere", feedbackWhere);
        values.put("answersWhere", answersWhere);
        values.put("changesWhere", changesWhere);
        values.put("where", where);
        values.put("limit", SqlLiterals.integer(paging.limit()));
        values.put("offset", SqlLiterals.integer(paging.offset()));
        return values;
    }

    private static void equal(List<String> conditions, String column, @Nullable String value) {
        if (value != null) {
            conditions.add(column + " = " + SqlLiterals.string(value));
        }
    }

    private static String all(List<String> conditions) {
        return conditions.isEmpty() ? EVERYTHING : String.join(" AND ", conditions);
    }
}
