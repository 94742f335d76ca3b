package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * The languages a survey is written in (uz-Latn, uz-Cyrl, ru, en) and how the dashboard picks one: the user's
 * interface language first, then English, then Uzbek (Latin), which every survey has.
 */
final class SurveyLanguages {

    static final List<String> ALL = SurveyDefinition.LANGUAGES;

    private SurveyLanguages() {
    }

    /** The survey language of an interface language: Uzbek in Latin script, Russian or English. */
    static String of(Locale locale) {
        return QuestionTexts.language(locale);
    }

    /** A text in {@code language}, else English, else Uzbek (Latin), else {@code otherwise}. */
    static String text(Map<String, String> texts, String language, String otherwise) {
        return QuestionTexts.preferred(texts, language).orElse(otherwise);
    }

    /** A text as the reader's form shows it: in {@code language}, else in Uzbek (Latin), else empty. */
    static String reader(Map<String, String> texts, String language) {
        String text = texts.get(language);
        return text != null && !text.isBlank() ? text : texts.getOrDefault(SurveyDefinition.DEFAULT_LANGUAGE, "");
    }

    /** How a reader's link names the language ({@code ?lang=}): {@code uz} for Uzbek (Latin), else the tag. */
    static String linkParameter(String language) {
        return SurveyDefinition.DEFAULT_LANGUAGE.equals(language) ? "uz" : language;
    }

    /** The key of the language's name in the page's bundle, e.g. {@code surveys.language.uz-Cyrl}. */
    static String labelKey(String language) {
        return "surveys.language." + language;
    }
}
