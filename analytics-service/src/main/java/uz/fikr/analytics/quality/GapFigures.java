package uz.fikr.analytics.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;
import uz.fikr.analytics.stats.Moments;

/**
 * The gap figures of one item (or one dimension). {@code n} counts consistent answers (respondents, for a
 * dimension); N/A and inconsistent answers are excluded from every mean and counted here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GapFigures(String id, @Nullable String dimension, @Nullable String serviceArea, long n,
        boolean suppressed, @Nullable Long notApplicable, @Nullable Long inconsistent, @Nullable Mean minimum,
        @Nullable Mean desired, @Nullable Mean perceived, @Nullable Mean adequacyGap, @Nullable Mean superiorityGap,
        @Nullable Boolean belowMinimum) {

    /** A mean with its 95% t interval (absent below two answers). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mean(double mean, @Nullable Interval interval) {
        static @Nullable Mean of(Moments moments) {
            return moments.n() == 0 ? null : new Mean(moments.mean(), moments.meanInterval(0.95).orElse(null));
        }
    }

    static GapFigures of(String id, @Nullable String dimension, @Nullable String serviceArea, GapMoments moments,
            boolean suppressed) {
        if (suppressed) {
            return new GapFigures(id, dimension, serviceArea, moments.n(), true, null, null, null, null, null, null,
                    null, null);
        }
        Mean adequacy = Mean.of(moments.adequacy());
        return new GapFigures(id, dimension, serviceArea, moments.n(), false, moments.notApplicable(),
                moments.inconsistent(), Mean.of(moments.minimum()), Mean.of(moments.desired()),
                Mean.of(moments.perceived()), adequacy, Mean.of(moments.superiority()),
                adequacy == null ? null : adequacy.mean() < 0);
    }
}
