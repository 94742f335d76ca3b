package uz.fikr.analytics.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/surveys/{surveyId}/stats}: how many responses match the filter, and the figures of every
 * question under it.
 *
 * @param responses each response counted once however often it was delivered, whichever questions it answered;
 *     null when {@code responsesSuppressed}
 * @param responsesSuppressed true when 1 to {@code minimumGroupSize - 1} responses match: too few to show without
 *     pointing at the readers behind them
 */
public record SurveyStats(
        String surveyId,
        int minimumGroupSize,
        @Schema(description = "Responses matching the filter, each counted once however often it was delivered; "
                + "null when responsesSuppressed", nullable = true) @Nullable Long responses,
        @Schema(description = "True when 1 to minimumGroupSize - 1 responses match: the count is withheld")
                boolean responsesSuppressed,
        List<QuestionStats> questions) {}
