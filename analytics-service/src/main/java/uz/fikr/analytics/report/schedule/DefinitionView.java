package uz.fikr.analytics.report.schedule;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report definition as the API writes it, with its last delivery attempt (null before the first).
 *
 * @param nextRun the schedule's next firing after now, in the definition's time zone (ISO-8601 with offset)
 */
record DefinitionView(String id, String name, List<String> surveyIds, String periodKind, String language,
        @Nullable String branch, List<String> recipients, String cron, String timeZone, boolean enabled,
        @Nullable String nextRun, @Nullable Delivery lastDelivery) {

    static DefinitionView of(ReportDefinition definition, @Nullable String nextRun, @Nullable Delivery last) {
        return new DefinitionView(definition.id(), definition.name(), definition.surveyIds(),
                definition.periodKind().parameter(), definition.language().code(), definition.branch(),
                definition.recipients(), definition.cron(), definition.timeZone().getId(), definition.enabled(),
                nextRun, last);
    }
}
