package uz.fikr.dashboard.quality;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * analytics-service's {@code GET /api/v1/surveys/{surveyId}/gaps}: the gap figures of each three-column item and
 * of each dimension. Both lists are empty for a survey without three-column items.
 */
record Gaps(String surveyId, int minimumGroupSize, List<Figures> items, List<Figures> dimensions) {

    Gaps {
        items = items == null ? List.of() : List.copyOf(items);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /**
     * One item or dimension. {@code n} counts consistent answers; a suppressed one (fewer than k) carries no means,
     * and neither does one nobody answered.
     */
    record Figures(String id, @Nullable String dimension, @Nullable String serviceArea, long n, boolean suppressed,
            @Nullable Long notApplicable, @Nullable Long inconsistent, @Nullable Mean minimum, @Nullable Mean desired,
            @Nullable Mean perceived, @Nullable Mean adequacyGap, @Nullable Mean superiorityGap,
            @Nullable Boolean belowMinimum) {

        /** Whether there are means to show: not suppressed and answered. */
        boolean hasFigures() {
            return !suppressed && minimum != null && desired != null && perceived != null && adequacyGap != null
                    && superiorityGap != null;
        }

        boolean isBelowMinimum() {
            return Boolean.TRUE.equals(belowMinimum);
        }
    }

    /** A mean with its 95% t interval (absent below two answers). */
    record Mean(double mean, @Nullable Interval interval) {
    }

    record Interval(double lower, double upper) {
    }
}
