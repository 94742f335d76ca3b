package uz.fikr.dashboard.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Payload of analytics-service's {@code GET /api/v1/surveys/{surveyId}/compare?question=&by=}: one question across
 * the groups of a grouping. A suppressed group (fewer than {@code minimumGroupSize} respondents) carries only its
 * name and {@code suppressed: true}, and takes part in no test.
 *
 * @param test Welch's t-test for two groups ({@code welch}), one-way ANOVA for more ({@code anova}), chi-square
 *     for a single choice ({@code chi-square}); null when too few groups could be tested
 * @param pairs every two shown groups compared with Welch's test, p-values Holm-corrected over all pairs
 */
record Comparison(String questionId, String by, int minimumGroupSize, List<Group> groups, @Nullable Test test,
        List<Pair> pairs) {

    Comparison {
        groups = groups == null ? List.of() : List.copyOf(groups);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /**
     * One group. {@code mean} and {@code meanInterval} for a numeric question, {@code counts} per option for a
     * single choice; nothing but the name when suppressed.
     */
    record Group(String group, @Nullable Long n, boolean suppressed, @Nullable Double mean,
            @Nullable Interval meanInterval, @Nullable Map<String, Long> counts) {
    }

    record Interval(double lower, double upper) {
    }

    /** The test across all shown groups, with its effect size ({@code cohensD}, {@code etaSquared}, {@code cramersV}). */
    record Test(String name, double statistic, double degreesOfFreedom, @Nullable Double denominatorDegreesOfFreedom,
            double pValue, String effectSizeName, @Nullable Double effectSize, boolean significant) {
    }

    /** Two groups compared; {@code meanDifference} is first minus second; {@code significant} after Holm. */
    record Pair(String first, String second, double meanDifference, double pValue, double adjustedPValue,
            @Nullable Double cohensD, boolean significant) {
    }

    /** The groups analytics-service shows figures for. */
    List<Group> shown() {
        return groups.stream().filter(group -> !group.suppressed()).toList();
    }

    Optional<Group> group(String name) {
        return groups.stream().filter(group -> group.group().equals(name)).findFirst();
    }
}
