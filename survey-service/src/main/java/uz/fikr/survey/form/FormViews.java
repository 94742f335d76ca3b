package uz.fikr.survey.form;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.form.FormPage.Hidden;
import uz.fikr.survey.form.FormPage.Notice;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.survey.web.FieldError;

/** The pages both doors to the form answer with: the form itself, "thank you", and "closed" or "not found". */
@Component
class FormViews {

    private final SurveyCatalog catalog;
    private final FormPages pages;
    private final FormProperties properties;
    private final Clock clock;

    FormViews(SurveyCatalog catalog, FormPages pages, FormProperties properties, Clock clock) {
        this.catalog = catalog;
        this.pages = pages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The survey a posted form answers: the version it was opened with while that version is published, else the
     * latest published one. Empty when the survey is unknown, closed, or not open yet.
     */
    Optional<SurveyDefinition> survey(String surveyId, @Nullable Integer version) {
        Optional<SurveyDefinition> latest = catalog.find(surveyId)
                .filter(survey -> !catalog.beforeOpening(survey) && !catalog.afterClosing(survey));
        if (latest.isEmpty() || version == null || version == latest.get().version()) {
            return latest;
        }
        return catalog.version(surveyId, version).filter(v -> v.status() == SurveyStatus.PUBLISHED)
                .map(SurveyVersion::survey).or(() -> latest);
    }

    /** Whether a form opened at this time was sent sooner than a person fills it in. */
    boolean tooSoon(Instant opened) {
        return Duration.between(opened, clock.instant()).compareTo(properties.minFillTime()) < 0;
    }

    /** @param staffUser the librarian entering the answers, or null for a reader */
    ModelAndView form(SurveyDefinition survey, HttpServletRequest request, FormValues values, Hidden hidden,
            List<FieldError> errors, @Nullable Notice notice, @Nullable String staffUser, boolean saved,
            HttpStatus status) {
        ReaderLanguage language = ReaderPreferences.language(request);
        FormPage page = pages.page(survey, language, values, hidden, errors, notice, staffUser, saved);
        Map<String, String> kept = new LinkedHashMap<>();
        if (staffUser == null) {
            kept.put("src", "web".equals(hidden.channel()) ? "" : String.valueOf(hidden.channel()));
            kept.put(FormValues.BRANCH, hidden.branch() == null ? "" : hidden.branch());
            kept.put("invite", hidden.invitation() == null ? "" : hidden.invitation());
        }
        ModelAndView view = new ModelAndView("form/survey", status);
        view.addObject("page", page);
        view.addObject("chrome", PageChrome.of(page.action(), kept, language, ReaderPreferences.largeText(request)));
        return view;
    }

    /**
     * 410 for a survey that took answers once and is closed now, 404 for one that never did or does not yet (with
     * the day it opens).
     */
    ModelAndView unavailable(String surveyId, HttpServletRequest request) {
        Optional<SurveyDefinition> upcoming = catalog.find(surveyId).filter(catalog::beforeOpening);
        boolean closed = upcoming.isEmpty() && catalog.closed(surveyId);
        ModelAndView view = new ModelAndView("form/unavailable", closed ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
        view.addObject("reason", upcoming.isPresent() ? "not-yet" : closed ? "closed" : "not-found");
        Locale locale = ReaderPreferences.language(request).locale();
        view.addObject("opens", upcoming.map(survey -> pages.day(survey.opensAt(), locale)).orElse(null));
        view.addObject("chrome", chrome("/s/" + surveyId, request));
        return view;
    }

    /** 429 in the reader's language: a reader without JavaScript must not be shown a JSON problem. */
    ModelAndView busy(String path, HttpServletRequest request) {
        ModelAndView view = new ModelAndView("form/unavailable", HttpStatus.TOO_MANY_REQUESTS);
        view.addObject("reason", "busy");
        view.addObject("opens", null);
        view.addObject("chrome", chrome(path, request));
        return view;
    }

    /** @param reference the response id, shown so the reader can ask the library about it later; null: not shown */
    ModelAndView thanks(String surveyId, @Nullable UUID reference, HttpServletRequest request) {
        ReaderLanguage language = ReaderPreferences.language(request);
        ModelAndView view = new ModelAndView("form/thanks", HttpStatus.OK);
        view.addObject("surveyId", surveyId);
        view.addObject("reference", reference == null ? null : reference.toString());
        view.addObject("title", catalog.find(surveyId).map(survey -> language.pick(survey.title())).orElse(null));
        view.addObject("chrome", PageChrome.of("/s/" + surveyId + "/thanks",
                reference == null ? Map.of() : Map.of("ref", reference.toString()), language,
                ReaderPreferences.largeText(request)));
        return view;
    }

    /** 303, so that reloading the next page does not send the form again. */
    static ModelAndView redirect(String path, ReaderLanguage language, Map<String, String> query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path)
                .queryParam(ReaderPreferences.LANGUAGE_PARAM, language.param());
        query.forEach(url::queryParam);
        RedirectView redirect = new RedirectView(url.encode().build().toUriString(), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    private static PageChrome chrome(String path, HttpServletRequest request) {
        return PageChrome.of(path, Map.of(), ReaderPreferences.language(request),
                ReaderPreferences.largeText(request));
    }
}
