package uz.fikr.analytics.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.stats.Interval;

/**
 * {@code GET /api/v1/surveys/{surveyId}/trend?question=&interval=week|month|quarter}: a numeric question's mean
 * and top-2-box per period, and whether the last period differs significantly from the one before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trend(String surveyId, String questionId, String interval, int minimumGroupSize,
        List<PeriodFigures> periods, @Nullable Change lastChange) {

    /** One period; {@code start} is its first day. Figures absent when suppressed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PeriodFigures(String start, @Nullable Long n, boolean suppressed, @Nullable Double mean,
            @Nullable Interval meanInterval, Figures.@Nullable Share topTwoBox) {}

    /** The last shown period against the one before it, by Welch's t-test. */
    public record Change(String from, String to, double difference, double pValue, boolean significant,
            String statement) {}
}
