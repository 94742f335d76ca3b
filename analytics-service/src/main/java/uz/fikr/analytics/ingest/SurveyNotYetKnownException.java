package uz.fikr.analytics.ingest;

/** A response names a survey version whose definition this service has not read yet; retry, do not dead-letter. */
class SurveyNotYetKnownException extends RuntimeException {

    SurveyNotYetKnownException(String surveyId, int version) {
        super("Survey " + surveyId + " version " + version + " is not known yet; its definition may be on its way");
    }
}
