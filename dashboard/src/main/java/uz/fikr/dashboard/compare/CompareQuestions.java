package uz.fikr.dashboard.compare;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyVersion;

/**
 * The questions a survey's groups can be compared on, read from survey-service
 * ({@code GET /api/v1/admin/surveys/{id}}: every version of the survey). Like analytics-service, it takes the newest
 * version that was published: its ratings (matrix rows included), 0-10 questions, three-column items and single
 * choices.
 */
@Component
class CompareQuestions {

    private static final Set<QuestionType> COMPARABLE = EnumSet.of(QuestionType.RATING, QuestionType.NPS,
            QuestionType.QUALITY, QuestionType.SINGLE_CHOICE);

    private final SurveyQuestions surveys;

    CompareQuestions(SurveyQuestions surveys) {
        this.surveys = surveys;
    }

    /**
     * @throws ServiceException when survey-service cannot be asked
     */
    List<Question> comparable(String surveyId) {
        return surveys.versions(surveyId).stream()
                .filter(SurveyVersion::isReleased)
                .max(Comparator.comparingInt(version -> version.survey().version()))
                .map(version -> version.survey().answerable().stream()
                        .filter(question -> COMPARABLE.contains(question.type())).toList())
                .orElse(List.of());
    }

    /** A survey text in the user's language; English, then Uzbek (Latin), then {@code fallback} when missing. */
    static String text(Map<String, String> texts, Locale locale, String fallback) {
        String text = QuestionTexts.pick(texts, locale);
        return text.isEmpty() ? fallback : text;
    }

    /** A question as the question list and the results name it. */
    static String text(Question question, Locale locale) {
        return text(question.text(), locale, question.id());
    }

    /** An option of a single choice, in the user's language. */
    static String optionText(Question question, String optionId, Locale locale) {
        return question.options().stream().filter(option -> option.id().equals(optionId)).findFirst()
                .map(option -> text(option.text(), locale, optionId)).orElse(optionId);
    }
}
