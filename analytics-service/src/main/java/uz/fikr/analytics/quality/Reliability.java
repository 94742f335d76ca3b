package uz.fikr.analytics.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/surveys/{surveyId}/reliability}: Cronbach's alpha of each dimension's perceived levels over
 * the respondents who rated all of its items (complete cases). With item sampling few respondents rate every item,
 * so {@code completeCases} says how much the figure rests on.
 */
public record Reliability(String surveyId, int minimumGroupSize, List<Dimension> dimensions) {

    /** One dimension; alpha is absent when suppressed or when fewer than two complete cases exist. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(String dimension, int items, long completeCases, boolean suppressed,
            @Nullable Double alpha) {}
}
