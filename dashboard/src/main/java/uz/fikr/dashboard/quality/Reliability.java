package uz.fikr.dashboard.quality;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * analytics-service's {@code GET /api/v1/surveys/{surveyId}/reliability}: Cronbach's alpha of each dimension over
 * the readers who rated all of its items (complete cases).
 */
record Reliability(String surveyId, int minimumGroupSize, List<Dimension> dimensions) {

    Reliability {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** Alpha is absent when suppressed or when fewer than two complete cases exist. */
    record Dimension(String dimension, int items, long completeCases, boolean suppressed, @Nullable Double alpha) {
    }
}
