package uz.fikr.analytics.needs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import uz.fikr.analytics.query.FilterParameters;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.InvalidParametersException;

/** What readers lack, per reader group or branch, under the usual filters. */
@RestController
class NeedsController {

    private final SurveyCatalog surveys;
    private final NeedsService needs;

    NeedsController(SurveyCatalog surveys, NeedsService needs) {
        this.surveys = surveys;
        this.needs = needs;
    }

    @GetMapping("/api/v1/surveys/{surveyId}/needs")
    Needs needs(@PathVariable String surveyId, @RequestParam(required = false) String by, @ParameterObject FilterParameters filter) {
        var survey = surveys.require(surveyId);
        Grouping grouping = Grouping.fromParameter(by == null ? "readerGroup" : by).orElseThrow(() ->
                InvalidParametersException.of("by", "must be one of branch, readerGroup, ageBand, channel"));
        return needs.needs(survey, grouping, filter.toFilter());
    }
}
