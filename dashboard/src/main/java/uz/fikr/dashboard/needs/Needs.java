package uz.fikr.dashboard.needs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * analytics-service's {@code GET /api/v1/surveys/{surveyId}/needs?by=readerGroup|branch}: per group, the options of
 * the survey's multiple-choice ("services you would like") questions ranked by the share of respondents who chose
 * them, the three-column items with the lowest adequacy gap and the lowest-rated 1-5 items.
 */
record Needs(String surveyId, String by, int minimumGroupSize, List<Group> groups) {

    Needs {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** One group; a suppressed one (fewer than k respondents) has no lists. */
    record Group(String group, boolean suppressed, @Nullable List<Wanted> wanted, @Nullable List<Rated> largestGaps,
            @Nullable List<Rated> lowestRatings) {

        Group {
            wanted = wanted == null ? List.of() : List.copyOf(wanted);
            largestGaps = largestGaps == null ? List.of() : List.copyOf(largestGaps);
            lowestRatings = lowestRatings == null ? List.of() : List.copyOf(lowestRatings);
        }
    }

    /** An option wanted by {@code count} of the {@code n} respondents who answered its question (Wilson interval). */
    record Wanted(String questionId, String option, long count, long n, double share, @Nullable Interval interval) {
    }

    /** An item's mean in the group (an adequacy gap on 1-9, or a 1-5 rating), with its t interval. */
    record Rated(String questionId, @Nullable String serviceArea, long n, double mean, @Nullable Interval interval) {
    }

    record Interval(double lower, double upper) {
    }
}
