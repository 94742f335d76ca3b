package uz.fikr.analytics.summary;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The headline numbers of one survey: how many responses, and per question how many answered it, the mean of a
 * numeric question and the counts per value or option.
 */
public record SurveySummary(String surveyId, long responses, List<QuestionSummary> questions) {

    /**
     * @param kind {@code number}, {@code choice}, {@code text} or {@code quality}
     * @param n how many responses answered the question
     * @param counts per value (numeric questions) or option (choice questions); a multiple choice counts every option
     *     a reader chose
     */
    public record QuestionSummary(String questionId, String kind, long n, @Nullable Double mean,
            Map<String, Long> counts) {}
}
