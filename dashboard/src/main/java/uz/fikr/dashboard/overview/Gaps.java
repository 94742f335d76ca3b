package uz.fikr.dashboard.overview;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.trends.Interval;

/**
 * Payload of analytics-service's {@code GET /api/v1/surveys/{surveyId}/gaps}, the part the Overview reads: per
 * three-column item the mean minimum and perceived levels and the adequacy gap (perceived − minimum) with its
 * interval; {@code belowMinimum} when that gap is negative. Suppressed items have only their n.
 */
record Gaps(String surveyId, int minimumGroupSize, List<Item> items) {

    Gaps {
        items = items == null ? List.of() : List.copyOf(items);
    }

    record Item(String id, @Nullable String dimension, @Nullable String serviceArea, long n, boolean suppressed,
            @Nullable Mean minimum, @Nullable Mean perceived, @Nullable Mean adequacyGap,
            @Nullable Boolean belowMinimum) {

        boolean isBelowMinimum() {
            return !suppressed && Boolean.TRUE.equals(belowMinimum) && adequacyGap != null;
        }
    }

    /** A mean with its 95% interval (absent below two answers). */
    record Mean(double mean, @Nullable Interval interval) {
    }
}
