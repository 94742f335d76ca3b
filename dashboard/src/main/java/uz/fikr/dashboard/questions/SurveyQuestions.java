package uz.fikr.dashboard.questions;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyServiceClient;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Reads a survey's versions from survey-service ({@code GET /api/v1/admin/surveys/{id}}, the event contract's
 * {@link SurveyVersion} records) so that pages can name questions and options in the user's language.
 */
@Component
public class SurveyQuestions {

    /** The service area of questions about the library as a whole (first of {@code ServiceAreas.ALL}). */
    private static final String OVERALL = "overall";

    private final SurveyServiceClient surveys;

    SurveyQuestions(SurveyServiceClient surveys) {
        this.surveys = surveys;
    }

    /**
     * The texts of a survey's questions, taken from {@code version} when given, else from its newest released
     * version; a question only other versions have keeps its text from the newest of them.
     *
     * @throws ServiceException when survey-service cannot be asked or does not know the survey
     */
    public QuestionTexts of(String surveyId, @Nullable Integer version) {
        return QuestionTexts.of(versions(surveyId), version);
    }

    /**
     * Every version of a survey, oldest first.
     *
     * @throws ServiceException when survey-service cannot be asked or does not know the survey
     */
    public List<SurveyVersion> versions(String surveyId) {
        return surveys.versions(surveyId);
    }

    /**
     * The version the filter names, or else the newest version readers could answer (published or closed); a survey
     * with only a draft gives the draft.
     *
     * @throws ServiceException when survey-service cannot be asked or knows no such survey
     */
    public SurveyDefinition definition(ViewFilter filter) {
        List<SurveyVersion> versions = versions(filter.survey());
        Comparator<SurveyVersion> newest = Comparator.comparingInt(version -> version.survey().version());
        return versions.stream()
                .filter(version -> filter.version() != null && version.survey().version() == filter.version())
                .findFirst()
                .or(() -> versions.stream().filter(version -> version.status() != SurveyStatus.DRAFT).max(newest))
                .or(() -> versions.stream().max(newest))
                .map(SurveyVersion::survey)
                .orElseThrow(() -> new ServiceException("survey-service has no version of " + filter.survey(), 404,
                        null, null));
    }

    /** The questions analytics-service can follow over time: 1-5 ratings (matrix rows too) and 0-10 questions. */
    public static List<Question> trendable(SurveyDefinition survey) {
        return survey.answerable().stream()
                .filter(question -> question.type() == QuestionType.RATING || question.type() == QuestionType.NPS)
                .toList();
    }

    /**
     * The survey's overall-satisfaction question: the first 1-5 rating (a matrix row counts) about the library as a
     * whole (service area {@code overall}).
     */
    public static Optional<Question> satisfaction(SurveyDefinition survey) {
        return survey.answerable().stream()
                .filter(question -> question.type() == QuestionType.RATING && question.scaleMin() == 1
                        && question.scaleMax() == 5 && OVERALL.equals(question.serviceArea()))
                .findFirst();
    }

    /** The survey's likelihood-to-recommend question: the first 0-10 question (type NPS, or a rating from 0 to 10). */
    public static Optional<Question> recommendation(SurveyDefinition survey) {
        return trendable(survey).stream()
                .filter(question -> question.type() == QuestionType.NPS
                        || question.scaleMin() == 0 && question.scaleMax() == 10)
                .findFirst();
    }

    /** A question's text in the user's language, else English, else Uzbek (Latin), else its id. */
    public static String text(Question question, Locale locale) {
        String text = QuestionTexts.pick(question.text(), locale);
        return text.isEmpty() ? question.id() : text;
    }
}
