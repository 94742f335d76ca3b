package uz.fikr.survey.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.fikr.events.survey.SurveyDefinition;

/** Public read of published surveys, as JSON. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyController {

    private final SurveyCatalog catalog;

    SurveyController(SurveyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{surveyId}")
    SurveyDefinition survey(@PathVariable String surveyId) {
        return catalog.find(surveyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published survey with this id"));
    }
}
