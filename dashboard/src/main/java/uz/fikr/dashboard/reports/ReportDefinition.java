package uz.fikr.dashboard.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report analytics-service writes on a schedule and e-mails to its recipients.
 *
 * @param periodKind {@code month}, {@code quarter} or {@code year}: the last whole one before the schedule fires
 * @param cron Spring's six fields, e.g. {@code 0 0 8 1 * *}
 */
record ReportDefinition(String id, String name, List<String> surveyIds, String periodKind, String language,
        @Nullable String branch, List<String> recipients, String cron, String timeZone, boolean enabled) {

    ReportDefinition {
        surveyIds = surveyIds == null ? List.of() : List.copyOf(surveyIds);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** What {@code PUT /api/v1/reports/definitions/{id}} takes: the definition without its id. */
    Body body() {
        return new Body(name, surveyIds, periodKind, language, branch, recipients, cron, timeZone, enabled);
    }

    record Body(String name, List<String> surveyIds, String periodKind, String language, @Nullable String branch,
            List<String> recipients, String cron, String timeZone, boolean enabled) {
    }
}
