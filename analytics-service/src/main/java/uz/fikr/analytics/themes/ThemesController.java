package uz.fikr.analytics.themes;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.analytics.survey.SurveyCatalog;

/**
 * {@code GET /api/v1/feedback/themes}: what readers talk about in free text, per service area and (online feedback)
 * category. Parameters: {@code source} (feedback, answers or all; default all), {@code serviceArea},
 * {@code category} (feedback only), {@code from}, {@code to} (dates, inclusive), {@code surveyId} (answers only) and
 * {@code limit} (terms and phrases per group, default 20, at most 100). A bad parameter is refused with 400.
 */
@RestController
class ThemesController {

    private final ThemesService themes;
    private final SurveyCatalog surveys;

    ThemesController(ThemesService themes, SurveyCatalog surveys) {
        this.themes = themes;
        this.surveys = surveys;
    }

    @GetMapping("/api/v1/feedback/themes")
    Themes themes(@ParameterObject ThemeParameters parameters) {
        return themes.themes(parameters.toQuery(surveys));
    }
}
