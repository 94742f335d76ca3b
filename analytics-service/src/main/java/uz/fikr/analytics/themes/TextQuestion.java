package uz.fikr.analytics.themes;

import java.util.List;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * A free-text question of one version of a survey, and the service area its answers are about ("" when the
 * question names none).
 */
record TextQuestion(String surveyId, int surveyVersion, String questionId, String serviceArea) {

    static List<TextQuestion> of(SurveyDefinition survey) {
        return survey.answerable().stream()
                .filter(question -> question.type() == QuestionType.TEXT)
                .map(question -> new TextQuestion(survey.id(), survey.version(), question.id(),
                        question.serviceArea() == null ? "" : question.serviceArea()))
                .toList();
    }
}
