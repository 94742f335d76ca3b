package uz.fikr.dashboard.analytics;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Payload of {@code GET /api/v1/surveys/{surveyId}/summary}: how many responses a survey has and
 * the distribution of answers per question.
 */
public record SurveySummary(String surveyId, long responses, List<QuestionSummary> questions) {

    public SurveySummary(String surveyId, long responses, @Nullable List<QuestionSummary> questions) {
        this.surveyId = surveyId;
        this.responses = responses;
        this.questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Optional<QuestionSummary> question(String questionId) {
        return questions.stream().filter(question -> question.questionId().equals(questionId)).findFirst();
    }
}
