package uz.fikr.analytics.themes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/**
 * The themes queries and the values that fill their placeholders. Column names are constants here; every value
 * becomes a literal through {@link SqlLiterals}. A source that is left out gets the condition {@code 0}.
 */
final class ThemeSql {

    static final SqlTemplate THEMES = SqlTemplate.load("sql/themes/themes.sql");
    static final SqlTemplate TEXT_SURVEYS = SqlTemplate.load("sql/themes/text_surveys.sql");

    private static final String NOTHING = "0";
    /** A question list must not be empty in SQL; when the answers are left out, this placeholder stands in. */
    private static final String NO_QUESTION = "('', '', '')";

    private ThemeSql() {}

    /** The values of {@code themes.sql}; {@code questions} are the free-text questions whose answers to read. */
    static Map<String, String> themes(ThemeQuery query, List<TextQuestion> questions, ZoneId zone) {
        Map<String, String> values = new HashMap<>();
        values.put("feedbackWhere", feedbackWhere(query, zone));
        values.put("answersWhere", answersWhere(query, questions, zone));
        values.put("questions", questions.isEmpty() ? NO_QUESTION : questionList(questions));
        values.put("areas", questions.isEmpty() ? SqlLiterals.string("")
                : SqlLiterals.stringList(questions.stream().map(TextQuestion::serviceArea).toList()));
        values.put("stopWords", StopWords.standard().literal());
        values.put("limit", SqlLiterals.integer(query.limit()));
        return values;
    }

    /** The values of {@code text_surveys.sql}. */
    static Map<String, String> textSurveys(ThemeQuery query, ZoneId zone) {
        List<String> conditions = periodAndBranch(query, zone);
        if (query.surveyId() != null) {
            conditions.add("survey_id = " + SqlLiterals.string(query.surveyId()));
        }
        return Map.of("where", all(conditions));
    }

    static String feedbackWhere(ThemeQuery query, ZoneId zone) {
        if (!query.readsFeedback()) {
            return NOTHING;
        }
        List<String> conditions = periodAndBranch(query, zone);
        if (query.serviceArea() != null) {
            conditions.add("service_area = " + SqlLiterals.string(query.serviceArea()));
        }
        if (query.category() != null) {
            conditions.add("category = " + SqlLiterals.string(query.category().code()));
        }
        return all(conditions);
    }

    static String answersWhere(ThemeQuery query, List<TextQuestion> questions, ZoneId zone) {
        if (!query.readsAnswers() || questions.isEmpty()) {
            return NOTHING;
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("survey_id IN ("
                + SqlLiterals.stringList(questions.stream().map(TextQuestion::surveyId).distinct().toList()) + ")");
        conditions.add("has([" + questionList(questions) + "], (survey_id, toString(survey_version), question_id))");
        conditions.addAll(periodAndBranch(query, zone));
        return all(conditions);
    }

    /**
     * The questions as (survey_id, version, question_id) tuples. The version is a string because ClickHouse 18.16's
     * {@code has} and {@code indexOf} need tuples of identical types, and a number literal would not be UInt32.
     */
    private static String questionList(List<TextQuestion> questions) {
        return String.join(", ", questions.stream().map(question -> "(" + SqlLiterals.string(question.surveyId())
                + ", " + SqlLiterals.string(Integer.toString(question.surveyVersion())) + ", "
                + SqlLiterals.string(question.questionId()) + ")").toList());
    }

    /** The days asked for and, when one is, the branch: comments of both sources carry the branch they are about. */
    private static List<String> periodAndBranch(ThemeQuery query, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (query.branch() != null) {
            conditions.add("branch = " + SqlLiterals.string(query.branch()));
        }
        if (query.from() != null) {
            conditions.add("received_at >= " + SqlLiterals.dateTime(startOf(query.from(), zone)));
        }
        if (query.to() != null) {
            conditions.add("received_at < " + SqlLiterals.dateTime(startOf(query.to().plusDays(1), zone)));
        }
        return conditions;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static String all(List<String> conditions) {
        return conditions.isEmpty() ? "1" : String.join(" AND ", conditions);
    }
}
