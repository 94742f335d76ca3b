package uz.fikr.analytics.report.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.ReportPeriod;

/**
 * An archived report's metadata, as the API lists it: who asked, when, for which period, and each file's size and
 * SHA-256 (of the bytes as generated).
 *
 * @param definitionId the report definition a scheduled report comes from; null on demand
 * @param branch the branch the report is about, or null for the whole library
 * @param files by {@link ReportFormat#code()}
 */
public record ArchivedReport(UUID id, @Nullable String definitionId, String title, List<String> surveyIds,
        PeriodView period, String language, @Nullable String branch, String requestedBy, Instant generatedAt,
        String fileName, Map<String, FileFacts> files) {

    /** A period as the API writes it: {@code {"kind":"month","from":"2026-11-01","to":"2026-11-30"}}. */
    public record PeriodView(String kind, String from, String to) {

        public static PeriodView of(ReportPeriod period) {
            return new PeriodView(period.kind().parameter(), period.from().toString(), period.to().toString());
        }
    }

    /** One file's size in bytes and its SHA-256 as lower-case hex. */
    public record FileFacts(long size, String sha256) {}

    public FileFacts file(ReportFormat format) {
        return files.get(format.code());
    }
}
