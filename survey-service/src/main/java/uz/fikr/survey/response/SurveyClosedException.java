package uz.fikr.survey.response;

/** The survey (or the version a response names) is closed and takes no more answers: 410 Gone. */
public class SurveyClosedException extends RuntimeException {

    private final String surveyId;

    public SurveyClosedException(String surveyId) {
        super("Survey " + surveyId + " is closed and takes no more answers");
        this.surveyId = surveyId;
    }

    public String surveyId() {
        return surveyId;
    }
}
