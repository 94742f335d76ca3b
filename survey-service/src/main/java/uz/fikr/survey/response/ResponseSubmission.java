package uz.fikr.survey.response;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.publishing.EventPublisher;
import uz.fikr.survey.web.InvalidRequestException;

/**
 * Takes one response from any door (the JSON API, the reader's HTML form, the website widget, a librarian entering
 * a paper form), validates it against its survey version and returns only once Kafka holds it.
 */
@Service
public class ResponseSubmission {

    private final ResponseValidator validator;
    private final EventPublisher publisher;
    private final Counter accepted;
    private final Counter rejected;

    ResponseSubmission(ResponseValidator validator, EventPublisher publisher, MeterRegistry registry) {
        this.validator = validator;
        this.publisher = publisher;
        this.accepted = Counter.builder("fikr.responses.accepted").register(registry);
        this.rejected = Counter.builder("fikr.responses.rejected").register(registry);
    }

    /**
     * @param enteredBy the librarian who entered the answers on a reader's behalf, or null when the reader did
     * @return the published event
     * @throws InvalidRequestException with one error per refused field (400)
     * @throws SurveyClosedException when the survey or version takes no more answers (410)
     * @throws uz.fikr.survey.publishing.BrokerUnavailableException when Kafka did not acknowledge in time (503)
     */
    public ResponseSubmitted submit(SubmitResponseRequest request, @Nullable String enteredBy) {
        ResponseSubmitted event;
        try {
            event = validator.validate(request, enteredBy);
        } catch (InvalidRequestException | SurveyClosedException e) {
            rejected.increment();
            throw e;
        }
        publisher.publish(ResponseSubmitted.TOPIC, event.responseId().toString(), event);
        accepted.increment();
        return event;
    }
}
