package uz.fikr.survey.feedback;

import java.time.Clock;
import java.time.ZoneOffset;
import uz.fikr.events.FeedbackSubmitted;

/**
 * survey-service's own {@link FeedbackValidator}, as it runs behind {@code POST /api/v1/feedback}, opened to
 * demo-data's tests (test code in survey-service's package).
 */
public final class SurveyServiceFeedback {

    private SurveyServiceFeedback() {}

    /**
     * The event survey-service publishes for the request a reader's client would send for {@code event}, at its
     * {@code receivedAt}.
     *
     * @throws uz.fikr.survey.web.InvalidRequestException naming every field survey-service refuses
     */
    public static FeedbackSubmitted resubmit(FeedbackSubmitted event) {
        FeedbackValidator validator = new FeedbackValidator(Clock.fixed(event.receivedAt(), ZoneOffset.UTC));
        return validator.validate(new SubmitFeedbackRequest(event.feedbackId(), event.category().code(),
                event.serviceArea(), event.channel().code(), event.branch(), event.language(), event.text()));
    }
}
