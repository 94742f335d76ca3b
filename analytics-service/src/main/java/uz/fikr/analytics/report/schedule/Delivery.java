package uz.fikr.analytics.report.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.ReportPeriod;
import uz.fikr.analytics.report.archive.ArchivedReport.PeriodView;

/**
 * One attempt to deliver a definition's report for a period, as {@code GET .../deliveries} lists it.
 *
 * @param status {@code sent} or {@code failed}
 * @param reportId the archived report sent (or that was to be sent), when there was one
 * @param messageId the e-mail's Message-ID, the same on every attempt for the period
 * @param error why the attempt failed; null when sent
 */
record Delivery(String definitionId, PeriodView period, Instant fireTime, String status, @Nullable UUID reportId,
        List<String> recipients, String messageId, @Nullable String error, Instant attemptedAt) {

    static final String SENT = "sent";
    static final String FAILED = "failed";

    /** {@code <report-monthly-director-2026-11-01@fikr>}: a copy sent twice carries the same id. */
    static String messageId(String definitionId, ReportPeriod period) {
        return "<report-" + definitionId + "-" + period.from() + "@fikr>";
    }
}
