package uz.fikr.analytics.drivers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springdoc.core.annotations.ParameterObject;
import uz.fikr.analytics.query.FilterParameters;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.InvalidParametersException;

/** Key drivers of a target item, under the usual filters. */
@RestController
class DriverController {

    private final SurveyCatalog surveys;
    private final DriverService drivers;

    DriverController(SurveyCatalog surveys, DriverService drivers) {
        this.surveys = surveys;
        this.drivers = drivers;
    }

    @GetMapping("/api/v1/surveys/{surveyId}/drivers")
    Drivers drivers(@PathVariable String surveyId, @RequestParam(required = false) String target,
            @RequestParam(required = false) String level, @ParameterObject FilterParameters filter) {
        var survey = surveys.require(surveyId);
        if (target == null || target.isBlank()) {
            throw InvalidParametersException.of("target", "is required: a rating or 0-10 question id");
        }
        DriverService.Level driverLevel = DriverService.level(level);
        if (driverLevel == null) {
            throw InvalidParametersException.of("level", "must be item or dimension");
        }
        return drivers.drivers(survey, target, driverLevel, filter.toFilter());
    }
}
