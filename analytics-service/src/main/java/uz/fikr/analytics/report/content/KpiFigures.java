package uz.fikr.analytics.report.content;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.insights.NpsFigures;
import uz.fikr.analytics.insights.QuestionStats;
import uz.fikr.analytics.insights.SurveyStats;
import uz.fikr.statistics.PeriodChange;

/**
 * One period's key figures as the API gives them ({@code /stats}, {@code /nps}): responses, the key rating and the
 * NPS question; each null when the survey has no such question or the figure is suppressed.
 */
record KpiFigures(ReportPeriods.Named period, SurveyStats stats, @Nullable QuestionStats rating,
        @Nullable NpsFigures nps) {

    @Nullable Double mean() {
        return rating == null ? null : rating.mean();
    }

    /** The change of the mean rating from {@code earlier} to this period (Welch's t-test). */
    Optional<PeriodChange> meanChangeSince(KpiFigures earlier) {
        QuestionStats now = rating;
        QuestionStats then = earlier.rating;
        if (now == null || then == null || now.mean() == null || then.mean() == null
                || now.standardDeviation() == null || then.standardDeviation() == null) {
            return Optional.empty();
        }
        return PeriodChange.ofMeans(now.mean(), now.standardDeviation(), now.n(), then.mean(),
                then.standardDeviation(), then.n());
    }

    /** The change of the top-2-box share (two-proportion z-test). */
    Optional<PeriodChange> shareChangeSince(KpiFigures earlier) {
        if (rating == null || rating.topTwoBox() == null || earlier.rating == null
                || earlier.rating.topTwoBox() == null) {
            return Optional.empty();
        }
        var now = rating.topTwoBox();
        var then = earlier.rating.topTwoBox();
        return PeriodChange.ofShares(now.count(), now.n(), then.count(), then.n());
    }

    /** The change of the NPS in points (z-test of the difference). */
    Optional<PeriodChange> npsChangeSince(KpiFigures earlier) {
        NpsFigures now = nps;
        NpsFigures then = earlier.nps;
        if (now == null || then == null || now.promoters() == null || then.promoters() == null
                || now.detractors() == null || then.detractors() == null) {
            return Optional.empty();
        }
        return PeriodChange.ofNps(now.promoters(), now.detractors(), now.n(), then.promoters(), then.detractors(),
                then.n());
    }
}
