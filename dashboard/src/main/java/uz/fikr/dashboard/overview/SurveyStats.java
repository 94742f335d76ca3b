package uz.fikr.dashboard.overview;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.trends.Interval;
import uz.fikr.dashboard.trends.Trend.Share;

/**
 * Payload of analytics-service's {@code GET /api/v1/surveys/{surveyId}/stats}: per question n and, unless it is
 * suppressed, mean, standard deviation, the mean's 95% t interval and the top-two-box share with its Wilson interval.
 */
record SurveyStats(String surveyId, int minimumGroupSize, List<QuestionStats> questions) {

    SurveyStats {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The figures of one question; a suppressed question has only its n. */
    record QuestionStats(String questionId, String type, @Nullable String serviceArea, long n, boolean suppressed,
            @Nullable Double mean, @Nullable Double standardDeviation, @Nullable Interval meanInterval,
            @Nullable Share topTwoBox) {
    }

    Optional<QuestionStats> question(String questionId) {
        return questions.stream().filter(question -> question.questionId().equals(questionId)).findFirst();
    }

    /**
     * How many readers answered the most-answered question: the responses of the period as far as analytics-service
     * counts them under a filter (its {@code summary} counts all responses, without filters).
     */
    long respondents() {
        return questions.stream().mapToLong(QuestionStats::n).max().orElse(0);
    }
}
