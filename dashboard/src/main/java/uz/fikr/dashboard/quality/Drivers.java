package uz.fikr.dashboard.quality;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * analytics-service's {@code GET /api/v1/surveys/{surveyId}/drivers?target=&level=}: how closely each driver goes
 * with the target (Pearson correlation) and its standardised coefficient in the regression of the target on all
 * drivers, with n and R squared; no coefficients and no R squared when no regression could be fitted.
 */
record Drivers(String surveyId, String target, int minimumGroupSize, @Nullable Long n, @Nullable Double rSquared,
        List<Driver> drivers, List<String> excluded, @Nullable String note) {

    Drivers {
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    /** A driver: a dimension (with {@code level=dimension}) or an item outside any dimension. */
    record Driver(String questionId, @Nullable String dimension, long n, double correlation,
            @Nullable Double standardisedCoefficient) {
    }
}
