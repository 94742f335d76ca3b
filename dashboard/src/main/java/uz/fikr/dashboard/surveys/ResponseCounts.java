package uz.fikr.dashboard.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many readers answered a survey, in total and per channel and per branch, as analytics-service counts them.
 * analytics-service has no count of responses per group as such; the groups come from its comparison of one
 * question ({@code compare?question=&by=channel|branch}), so a group's n is the number of readers who answered
 * that question. The page names the question; for a required question without skip logic it is every response.
 *
 * @param total every response to the survey, or null when analytics-service knows no released version of it
 * @param basis the question the groups are counted by, or null when the survey has none to count by
 * @param minimumGroupSize analytics-service's k: smaller groups are suppressed
 */
record ResponseCounts(@Nullable Long total, @Nullable String basis, List<GroupCount> byChannel,
        List<GroupCount> byBranch, int minimumGroupSize) {

    /** A survey that was never published: no answers, nothing to count. */
    static final ResponseCounts NONE = new ResponseCounts(null, null, List.of(), List.of(), 0);

    ResponseCounts {
        byChannel = List.copyOf(byChannel);
        byBranch = List.copyOf(byBranch);
    }

    /** One group: its code (a channel such as {@code qr}, a branch such as {@code central}) and its n. */
    record GroupCount(String group, @Nullable Long n, boolean suppressed) {
    }

    /** analytics-service's comparison of one question across groups; only the groups' sizes are read. */
    record Comparison(String questionId, String by, int minimumGroupSize, List<GroupCount> groups) {
        Comparison {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
