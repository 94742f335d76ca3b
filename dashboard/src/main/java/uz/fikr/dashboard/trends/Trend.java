package uz.fikr.dashboard.trends;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.survey.Question;

/**
 * Payload of analytics-service's {@code GET /api/v1/surveys/{surveyId}/trend?question=&interval=}: a rating or 0-10
 * question's mean and top-two-box share per period, and whether the last shown period differs significantly from the
 * one before (Welch's t-test, computed by analytics-service).
 */
public record Trend(String surveyId, String questionId, String interval, int minimumGroupSize,
        List<PeriodFigures> periods, @Nullable Change lastChange) {

    /** The endpoint, a URI template whose variable is the survey id. */
    public static final String PATH = "/api/v1/surveys/{surveyId}/trend";

    public Trend {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** The endpoint's {@code question} and {@code interval} parameters. */
    public static Map<String, String> parameters(Question question, Grain grain) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("question", question.id());
        parameters.put("interval", grain.parameter());
        return parameters;
    }

    /**
     * One period, {@code start} being its first day. A suppressed period (fewer respondents than the minimum group
     * size) carries no figure, not even its n.
     */
    public record PeriodFigures(LocalDate start, @Nullable Long n, boolean suppressed, @Nullable Double mean,
            @Nullable Interval meanInterval, @Nullable Share topTwoBox) {

        /** Whether the period has a mean to show. */
        public boolean shown() {
            return !suppressed && mean != null && n != null;
        }
    }

    /** A share {@code count} of {@code n} with its Wilson interval. */
    public record Share(long count, long n, double share, @Nullable Interval interval) {
    }

    /** The last shown period against the one before it. */
    public record Change(LocalDate from, LocalDate to, double difference, double pValue, boolean significant) {
    }
}
