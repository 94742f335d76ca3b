package uz.fikr.dashboard.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A report in analytics-service's archive.
 *
 * @param definitionId the definition a scheduled report comes from; null on demand
 * @param requestedBy the dashboard user who asked, or {@code schedule}
 * @param files the archived files by format ({@code pdf}, {@code xlsx}, {@code csv})
 */
record ArchivedReport(String id, @Nullable String definitionId, String title, List<String> surveyIds, Period period,
        String language, @Nullable String branch, String requestedBy, Instant generatedAt,
        @Nullable Map<String, ArchivedFile> files) {

    static final String SCHEDULE = "schedule";

    /** One archived file: its length in bytes and its SHA-256 (the download's ETag). */
    record ArchivedFile(long size, String sha256) {
    }

    /** One page of the archive, newest first, with the number of reports in all. */
    record Page(List<ArchivedReport> reports, long total) {
    }
}
