package uz.fikr.dashboard.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report generated on demand, as analytics-service tells its progress.
 *
 * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param step the step under way, e.g. {@code gaps}
 * @param reportId the archived report once done
 * @param error why it failed
 */
record ReportRun(String runId, String status, int done, int total, @Nullable String step, @Nullable String reportId,
        @Nullable String error) {

    boolean finished() {
        return "done".equals(status) || "failed".equals(status);
    }

    boolean succeeded() {
        return "done".equals(status) && reportId != null;
    }

    /** What the dashboard asks for: surveys, period, language, branch (or the whole library) and who asks. */
    record Request(List<String> surveyIds, Period period, String language, @Nullable String branch,
            String requestedBy) {
    }
}
