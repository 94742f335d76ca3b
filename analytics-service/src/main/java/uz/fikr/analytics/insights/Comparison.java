package uz.fikr.analytics.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;

/**
 * {@code GET /api/v1/surveys/{surveyId}/compare}: one question across the groups of a grouping, with the test that
 * fits (Welch for two groups, one-way ANOVA with Holm-corrected pairwise Welch tests for more, chi-square for a
 * single choice), effect sizes, and a plain statement of what is significant at 5%.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comparison(String surveyId, String questionId, String by, int minimumGroupSize, List<Group> groups,
        @Nullable Test test, List<Pair> pairs, String statement) {

    /** One group's figures; absent (only n and {@code suppressed}) when the group is too small to show. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String group, @Nullable Long n, boolean suppressed, @Nullable Double mean,
            @Nullable Interval meanInterval, @Nullable Map<String, Long> counts) {}

    /** The test across all shown groups. */
    public record Test(String name, double statistic, double degreesOfFreedom,
            @Nullable Double denominatorDegreesOfFreedom, double pValue, String effectSizeName,
            @Nullable Double effectSize, boolean significant) {}

    /** Two groups compared with Welch's test; {@code adjustedPValue} is Holm-corrected over all pairs. */
    public record Pair(String first, String second, double meanDifference, double t, double degreesOfFreedom,
            double pValue, double adjustedPValue, @Nullable Double cohensD, boolean significant) {}
}
