package uz.fikr.analytics.report.content;

import java.util.List;
import java.util.Map;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * A survey's own texts in the report's language: its title, questions and options, falling back to English, then
 * Uzbek (Latin), then whatever text there is.
 */
final class SurveyTexts {

    private SurveyTexts() {}

    static String title(SurveyDefinition survey, ReportLanguage language) {
        return pick(survey.title(), language, survey.id());
    }

    static String question(SurveyDefinition survey, String questionId, ReportLanguage language) {
        return survey.question(questionId).map(question -> pick(question.text(), language, questionId))
                .orElse(questionId);
    }

    static String option(SurveyDefinition survey, String questionId, String optionId, ReportLanguage language) {
        return survey.question(questionId).flatMap(question -> question.options().stream()
                        .filter(option -> option.id().equals(optionId)).findFirst())
                .map(Question.Option::text)
                .map(texts -> pick(texts, language, optionId))
                .orElse(optionId);
    }

    static String pick(Map<String, String> texts, ReportLanguage language, String otherwise) {
        for (String code : List.of(language.code(), ReportLanguage.EN.code(), SurveyDefinition.DEFAULT_LANGUAGE)) {
            String text = texts.get(code);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return texts.values().stream().filter(text -> !text.isBlank()).sorted().findFirst().orElse(otherwise);
    }
}
