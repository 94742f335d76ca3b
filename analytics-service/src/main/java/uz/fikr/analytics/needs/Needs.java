package uz.fikr.analytics.needs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;

/**
 * {@code GET /api/v1/surveys/{surveyId}/needs?by=readerGroup|branch}: per group, the options of the survey's
 * multiple-choice ("services you would like") questions ranked by the share of respondents who chose them, the
 * three-column items with the lowest adequacy gap, and the lowest-rated 1-5 items.
 */
public record Needs(String surveyId, String by, int minimumGroupSize, List<Group> groups) {

    /** One group; lists are absent when the group is suppressed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String group, boolean suppressed, @Nullable List<Wanted> wanted,
            @Nullable List<Rated> largestGaps, @Nullable List<Rated> lowestRatings) {}

    /** An option wanted by {@code count} of the {@code n} respondents who answered its question. */
    public record Wanted(String questionId, String option, long count, long n, double share,
            @Nullable Interval interval) {}

    /** An item's mean (adequacy gap, or rating) in the group, with its interval. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rated(String questionId, @Nullable String serviceArea, long n, double mean,
            @Nullable Interval interval) {}
}
