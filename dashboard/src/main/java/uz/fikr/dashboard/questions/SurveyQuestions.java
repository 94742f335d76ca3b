package uz.fikr.dashboard.questions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyServiceClient;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Reads a survey's versions from survey-service ({@code GET /api/v1/admin/surveys/{id}}, the event contract's
 * {@link SurveyVersion} records) so that pages can name questions and options in the user's language.
 */
@Component
public class SurveyQuestions {

    private static final ParameterizedTypeReference<List<SurveyVersion>> VERSIONS = new ParameterizedTypeReference<>() {
    };

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
        List<SurveyVersion> versions = surveys.client().get("/api/v1/admin/surveys/{surveyId}", Map.of(), VERSIONS,
                surveyId);
        return QuestionTexts.of(versions, version);
    }
}
