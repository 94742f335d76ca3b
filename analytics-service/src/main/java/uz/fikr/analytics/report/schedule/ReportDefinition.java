package uz.fikr.analytics.report.schedule;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.ReportPeriod;
import uz.fikr.analytics.report.ReportRequest;

/**
 * A report sent on a schedule: which surveys, for which kind of period, in which language, to whom, and when
 * (a six-field cron in a time zone). Checked by {@link DefinitionBody}.
 *
 * @param id lower-case letters, digits and '-', chosen by whoever creates it
 * @param branch the branch the report is about, or null for the whole library
 */
record ReportDefinition(String id, String name, List<String> surveyIds, PeriodKind periodKind,
        ReportLanguage language, @Nullable String branch, List<String> recipients, String cron, ZoneId timeZone,
        boolean enabled) {

    static final String REQUESTED_BY = "schedule";

    ReportDefinition {
        surveyIds = List.copyOf(surveyIds);
        recipients = List.copyOf(recipients);
    }

    /** What the schedule asks the generator for when it fires for {@code period}. */
    ReportRequest request(ReportPeriod period) {
        return new ReportRequest(surveyIds, period, language, branch, id, REQUESTED_BY);
    }

    /** When a definition gives no cron: 08:00 on the first day of each month, quarter or year. */
    static String defaultCron(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> "0 0 8 1 * *";
            case QUARTER -> "0 0 8 1 1,4,7,10 *";
            case YEAR -> "0 0 8 1 1 *";
            case CUSTOM -> throw new IllegalArgumentException("a custom period has no schedule");
        };
    }
}
