package uz.fikr.analytics.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a report is asked for.
 *
 * @param surveyIds one or more surveys, in the order their sections appear
 * @param branch only this branch's readers, or the whole library when null
 * @param definitionId the report definition a scheduled report comes from; null on demand
 * @param requestedBy who asked: a dashboard user's name, or {@code schedule}
 */
public record ReportRequest(List<String> surveyIds, ReportPeriod period, ReportLanguage language,
        @Nullable String branch, @Nullable String definitionId, String requestedBy) {

    public ReportRequest {
        surveyIds = List.copyOf(surveyIds);
        if (surveyIds.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one survey");
        }
    }
}
