package uz.fikr.analytics.insights;

import java.util.List;
import java.util.Locale;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** Which statistics a question type allows. */
final class QuestionKinds {

    private QuestionKinds() {}

    static boolean isNumeric(Question question) {
        return question.type() == QuestionType.RATING || question.type() == QuestionType.NPS;
    }

    static boolean isChoice(Question question) {
        return question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_CHOICE;
    }

    static List<Question> numeric(SurveyDefinition survey) {
        return survey.answerable().stream().filter(QuestionKinds::isNumeric).toList();
    }

    static List<Question> choice(SurveyDefinition survey) {
        return survey.answerable().stream().filter(QuestionKinds::isChoice).toList();
    }

    static String code(Question question) {
        return question.type().name().toLowerCase(Locale.ROOT);
    }
}
