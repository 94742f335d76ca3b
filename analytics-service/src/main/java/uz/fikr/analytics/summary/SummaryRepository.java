package uz.fikr.analytics.summary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.query.AnswerCounts;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Reads the de-duplicated counts behind a survey summary from ClickHouse (the same counts every statistic uses,
 * unfiltered); no raw answers leave the server.
 */
@Repository
class SummaryRepository {

    private static final SqlTemplate RESPONSES = SqlTemplate.load("sql/summary/responses.sql");

    private final ClickHouse clickHouse;
    private final AnswerCounts answerCounts;

    SummaryRepository(ClickHouse clickHouse, AnswerCounts answerCounts) {
        this.clickHouse = clickHouse;
        this.answerCounts = answerCounts;
    }

    long responses(String surveyId) {
        return clickHouse.query(RESPONSES, Map.of("surveyId", SqlLiterals.string(surveyId))).stream()
                .mapToLong(row -> row.get("responses").asLong())
                .findFirst().orElse(0);
    }

    /** Question id → how many responses answered it. */
    Map<String, Long> answered(SurveyDefinition survey) {
        Map<String, Long> answered = new HashMap<>();
        answerCounts.respondents(scope(survey.id(), survey.answerable().stream().map(Question::id).toList()))
                .forEach(count -> answered.merge(count.questionId(), count.count(), Long::sum));
        return answered;
    }

    /** Question id → value → count, for the rating and 0-10 questions. */
    Map<String, Map<String, Long>> numberCounts(SurveyDefinition survey) {
        List<String> numeric = survey.answerable().stream()
                .filter(question -> question.type() == QuestionType.RATING || question.type() == QuestionType.NPS)
                .map(Question::id).toList();
        return byQuestion(answerCounts.numbers(scope(survey.id(), numeric)));
    }

    /** Question id → option → count, for the given choice questions. */
    Map<String, Map<String, Long>> optionCounts(String surveyId, List<String> questionIds) {
        return byQuestion(answerCounts.options(scope(surveyId, questionIds)));
    }

    private static AnswerCounts.Scope scope(String surveyId, List<String> questionIds) {
        return new AnswerCounts.Scope(surveyId, AnswerFilter.NONE, questionIds, null);
    }

    private static Map<String, Map<String, Long>> byQuestion(List<AnswerCounts.Count> counts) {
        Map<String, Map<String, Long>> byQuestion = new HashMap<>();
        counts.forEach(count -> byQuestion.computeIfAbsent(count.questionId(), id -> new LinkedHashMap<>())
                .merge(count.value(), count.count(), Long::sum));
        return byQuestion;
    }
}
