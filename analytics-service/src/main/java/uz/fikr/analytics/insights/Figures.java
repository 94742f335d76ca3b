package uz.fikr.analytics.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;
import uz.fikr.analytics.stats.Proportion;

/** Small JSON shapes shared by the insight endpoints. */
public final class Figures {

    static final double CONFIDENCE = 0.95;

    private Figures() {}

    /** A share with its Wilson interval and the n it is a share of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(long count, long n, double share, @Nullable Interval interval) {
        static Share of(Proportion proportion) {
            Optional<Interval> interval = proportion.wilson(CONFIDENCE);
            return new Share(proportion.successes(), proportion.n(), proportion.share(), interval.orElse(null));
        }
    }

    static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
