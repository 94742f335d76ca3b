package uz.fikr.analytics.quality;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import uz.fikr.analytics.query.FilterParameters;
import uz.fikr.analytics.survey.SurveyCatalog;

/** Service-quality gaps and scale reliability of a survey's three-column items, under the usual filters. */
@RestController
class QualityController {

    private final SurveyCatalog surveys;
    private final GapService gaps;
    private final ReliabilityService reliability;

    QualityController(SurveyCatalog surveys, GapService gaps, ReliabilityService reliability) {
        this.surveys = surveys;
        this.gaps = gaps;
        this.reliability = reliability;
    }

    @GetMapping("/api/v1/surveys/{surveyId}/gaps")
    Gaps gaps(@PathVariable String surveyId, @ParameterObject FilterParameters filter) {
        return gaps.gaps(surveys.require(surveyId), filter.toFilter());
    }

    @GetMapping("/api/v1/surveys/{surveyId}/reliability")
    Reliability reliability(@PathVariable String surveyId, @ParameterObject FilterParameters filter) {
        return reliability.reliability(surveys.require(surveyId), filter.toFilter());
    }
}
