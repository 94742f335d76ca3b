package uz.fikr.analytics.inbox;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.survey.QuestionType;

/**
 * A free-text question of one version of a survey, the text of an "other" choice included: the answers to it are
 * reader comments. (Single choices are stored as text too, but their text is an option id, not a comment.)
 */
record FreeTextQuestion(String surveyId, int surveyVersion, String questionId) {

    private static final Comparator<FreeTextQuestion> ORDER = Comparator.comparing(FreeTextQuestion::surveyId)
            .thenComparingInt(FreeTextQuestion::surveyVersion).thenComparing(FreeTextQuestion::questionId);

    /** Those of every survey version analytics knows, or of one survey's versions when {@code surveyId} is given. */
    static List<FreeTextQuestion> known(SurveyCatalog surveys, @Nullable String surveyId) {
        return surveys.versions().stream()
                .filter(survey -> surveyId == null || survey.id().equals(surveyId))
                .flatMap(survey -> survey.answerable().stream()
                        .filter(question -> question.type() == QuestionType.TEXT)
                        .map(question -> new FreeTextQuestion(survey.id(), survey.version(), question.id())))
                .sorted(ORDER)
                .toList();
    }
}
