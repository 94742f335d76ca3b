package uz.fikr.analytics.insights;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import uz.fikr.analytics.query.FilterParameters;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.analytics.query.Period;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Statistics of a survey. Every endpoint takes the filters {@code from}, {@code to} (dates, inclusive),
 * {@code version}, {@code branch}, {@code readerGroup}, {@code ageBand} and {@code channel}.
 */
@RestController
@RequestMapping("/api/v1/surveys/{surveyId}")
class InsightsController {

    private final SurveyCatalog surveys;
    private final StatsService stats;
    private final NpsService nps;
    private final CompareService compare;
    private final TrendService trend;

    InsightsController(SurveyCatalog surveys, StatsService stats, NpsService nps, CompareService compare,
            TrendService trend) {
        this.surveys = surveys;
        this.stats = stats;
        this.nps = nps;
        this.compare = compare;
        this.trend = trend;
    }

    @GetMapping("/stats")
    SurveyStats stats(@PathVariable String surveyId, @ParameterObject FilterParameters filter) {
        return stats.stats(surveys.require(surveyId), filter.toFilter());
    }

    @GetMapping("/nps")
    List<NpsFigures> nps(@PathVariable String surveyId, @ParameterObject FilterParameters filter) {
        return nps.nps(surveys.require(surveyId), filter.toFilter());
    }

    @GetMapping("/compare")
    Comparison compare(@PathVariable String surveyId, @RequestParam(required = false) String question,
            @RequestParam(required = false) String by, @ParameterObject FilterParameters filter) {
        SurveyDefinition survey = surveys.require(surveyId);
        String questionId = required("question", question);
        Grouping grouping = Grouping.fromParameter(by == null ? "" : by).orElseThrow(() ->
                InvalidParametersException.of("by", "must be one of branch, readerGroup, ageBand, channel"));
        return compare.compare(survey, questionId, grouping, filter.toFilter());
    }

    @GetMapping("/trend")
    Trend trend(@PathVariable String surveyId, @RequestParam(required = false) String question,
            @RequestParam(required = false) String interval, @ParameterObject FilterParameters filter) {
        SurveyDefinition survey = surveys.require(surveyId);
        String questionId = required("question", question);
        Period period = Period.fromParameter(interval == null ? "month" : interval).orElseThrow(() ->
                InvalidParametersException.of("interval", "must be one of week, month, quarter"));
        return trend.trend(survey, questionId, period, filter.toFilter());
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidParametersException.of(name, "is required");
        }
        return value;
    }

}
