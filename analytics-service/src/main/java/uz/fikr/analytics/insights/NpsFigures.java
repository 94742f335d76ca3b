package uz.fikr.analytics.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;
import uz.fikr.analytics.stats.NetPromoterScore;

/** NPS of one 0-10 question: promoters (9-10), passives (7-8), detractors (0-6), the score and its interval. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NpsFigures(String questionId, long n, boolean suppressed, @Nullable Long promoters,
        @Nullable Long passives, @Nullable Long detractors, @Nullable Double nps, @Nullable Interval interval) {

    static NpsFigures of(String questionId, NetPromoterScore nps, boolean suppressed) {
        if (suppressed) {
            return new NpsFigures(questionId, nps.n(), true, null, null, null, null, null);
        }
        return new NpsFigures(questionId, nps.n(), false, nps.promoters(), nps.passives(), nps.detractors(),
                Figures.finite(nps.score()), nps.interval(Figures.CONFIDENCE).orElse(null));
    }
}
