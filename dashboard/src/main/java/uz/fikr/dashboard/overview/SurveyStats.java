package uz.fikr.dashboard.overview;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.trends.Interval;
import uz.fikr.dashboard.trends.Trend.Share;

/**
 * Payload of analytics-service's {@code GET /api/v1/surveys/{surveyId}/stats}: how many responses match the filter
 * (withheld below the minimum group size), and per question n and, unless it is suppressed, mean, standard deviation,
 * the mean's 95% t interval and the top-two-box share with its Wilson interval.
 *
 * @param responses each response counted once; null when {@code responsesSuppressed}
 * @param responsesSuppressed whether so few responses match that analytics-service withheld their number
 */
record SurveyStats(String surveyId, int minimumGroupSize, @Nullable Long responses, boolean responsesSuppressed,
        List<QuestionStats> questions) {

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

    /** The number of responses; 0 when there are none and when it is withheld ({@link #responsesSuppressed()}). */
    long responseCount() {
        return responses == null ? 0 : responses;
    }
}
