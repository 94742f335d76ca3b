package uz.fikr.analytics.drivers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/surveys/{surveyId}/drivers?target=&level=item|dimension}: each service item's (or, with
 * {@code level=dimension}, each dimension's mean perceived level's) Pearson correlation with the
 * target and its standardised coefficient in the least-squares regression of the target on all of them, with n and
 * R squared. Correlations are pairwise complete (readers rate different subsets of items); {@code n} of the model is
 * the smallest pairwise n it rests on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Drivers(String surveyId, String target, int minimumGroupSize, @Nullable Long n,
        @Nullable Double rSquared, List<Driver> drivers, List<String> excluded, @Nullable String note) {

    /** One item; its coefficient is absent when no regression could be fitted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String questionId, @Nullable String dimension, long n, double correlation,
            @Nullable Double standardisedCoefficient) {}
}
