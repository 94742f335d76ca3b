package uz.fikr.analytics.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;

/**
 * The figures of one question. {@code n} is the number of respondents who answered; when it is below the minimum
 * group size, {@code suppressed} is true and no other figure is given.
 *
 * @param topTwoBox the share answering one of the two highest values (4-5 of 1-5; promoters of 0-10)
 * @param counts per value (numeric questions) or option (choice questions)
 * @param shares per option: the share of respondents who chose it (a multiple choice's shares add up to more than 1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionStats(
        String questionId,
        String type,
        @Nullable String serviceArea,
        long n,
        boolean suppressed,
        @Nullable Double mean,
        @Nullable Double standardDeviation,
        @Nullable Double median,
        @Nullable Interval meanInterval,
        Figures.@Nullable Share topTwoBox,
        @Nullable Map<String, Long> counts,
        @Nullable Map<String, Double> shares) {

    static QuestionStats suppressed(String questionId, String type, @Nullable String serviceArea, long n) {
        return new QuestionStats(questionId, type, serviceArea, n, true, null, null, null, null, null, null, null);
    }
}
