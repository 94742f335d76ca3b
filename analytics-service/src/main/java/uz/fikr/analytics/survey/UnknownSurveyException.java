package uz.fikr.analytics.survey;

/** A request named a survey analytics-service does not know: 404. */
public class UnknownSurveyException extends RuntimeException {

    UnknownSurveyException(String surveyId) {
        super("No survey with this id");
    }
}
