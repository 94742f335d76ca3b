package uz.fikr.dashboard.analytics;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Answers to one question.
 *
 * @param kind {@code number}, {@code choice} or {@code text}
 * @param n how many responses answered this question
 * @param mean mean of the numeric answers; {@code null} for other kinds or when nobody answered
 * @param counts answers per value; keys are the answer values as strings (e.g. {@code "4"}, {@code "digital"})
 */
public record QuestionSummary(String questionId, String kind, long n, @Nullable Double mean, Map<String, Long> counts) {

    public QuestionSummary(String questionId, String kind, long n, @Nullable Double mean,
            @Nullable Map<String, Long> counts) {
        this.questionId = questionId;
        this.kind = kind;
        this.n = n;
        this.mean = mean;
        this.counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    /** How many responses gave {@code value}; 0 when none did. */
    public long count(String value) {
        return counts.getOrDefault(value, 0L);
    }
}
