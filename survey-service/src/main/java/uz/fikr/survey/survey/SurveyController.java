package uz.fikr.survey.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/** Public read of published surveys, as JSON: drafts stay private to their authors. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyController {

    private final SurveyCatalog catalog;

    SurveyController(SurveyCatalog catalog) {
        this.catalog = catalog;
    }

    /** The version a reader's form shows now. */
    @GetMapping("/{surveyId}")
    SurveyDefinition survey(@PathVariable String surveyId) {
        return catalog.find(surveyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published survey with this id"));
    }

    /** Any published or closed version, for readers of old responses. */
    @GetMapping("/{surveyId}/versions/{version}")
    SurveyDefinition version(@PathVariable String surveyId, @PathVariable int version) {
        return catalog.version(surveyId, version).filter(SurveyVersion::isReleased).map(SurveyVersion::survey)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No published version " + version + " of this survey"));
    }
}
