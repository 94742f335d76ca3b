package uz.fikr.survey.form;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.events.Channel;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.publishing.BrokerUnavailableException;
import uz.fikr.survey.response.ResponseSubmission;
import uz.fikr.survey.response.SubmitResponseRequest;
import uz.fikr.survey.response.SurveyClosedException;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;

/** Sends a posted form through the same validation and publishing as the JSON API, and says how it went. */
@Component
class FormSender {

    private static final Logger log = LoggerFactory.getLogger(FormSender.class);

    private final ResponseSubmission submission;

    FormSender(ResponseSubmission submission) {
        this.submission = submission;
    }

    /** @param enteredBy the librarian who entered the answers, or null when the reader did */
    Outcome send(SurveyDefinition survey, UUID responseId, FormValues form, Channel channel,
            @Nullable String enteredBy) {
        String invitation = form.value(FormValues.INVITATION);
        String branch = form.has(FormValues.LINK_BRANCH) ? form.value(FormValues.LINK_BRANCH)
                : form.value(FormValues.BRANCH);
        SubmitResponseRequest request = new SubmitResponseRequest(responseId, survey.id(), survey.version(),
                channel.code(), branch, FormAnswers.profile(survey, form),
                FormAnswers.read(survey, form), invitation.isBlank() ? null : invitation,
                enteredBy == null ? FormAnswers.contact(form) : null);
        try {
            return new Outcome.Sent(submission.submit(request, enteredBy).responseId());
        } catch (InvalidRequestException e) {
            return new Outcome.Refused(e.errors());
        } catch (SurveyClosedException e) {
            return new Outcome.Closed();
        } catch (BrokerUnavailableException e) {
            log.warn("Form for survey {} not saved: Kafka did not acknowledge in time: {}", survey.id(),
                    e.getMessage());
            return new Outcome.NotSaved(e.retryAfter().toSeconds());
        }
    }

    sealed interface Outcome {

        /** @param responseId the id the response was published under (an invitation's, when it has one) */
        record Sent(UUID responseId) implements Outcome {}

        record Refused(List<FieldError> errors) implements Outcome {}

        record Closed() implements Outcome {}

        record NotSaved(long retryAfterSeconds) implements Outcome {}
    }
}
