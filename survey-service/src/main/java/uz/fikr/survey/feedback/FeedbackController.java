package uz.fikr.survey.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.survey.publishing.EventPublisher;
import uz.fikr.survey.web.InvalidRequestException;

/** Takes a reader's online feedback and acknowledges it only once Kafka holds it. */
@RestController
class FeedbackController {

    private final FeedbackValidator validator;
    private final EventPublisher publisher;
    private final Counter accepted;
    private final Counter rejected;

    FeedbackController(FeedbackValidator validator, EventPublisher publisher, MeterRegistry registry) {
        this.validator = validator;
        this.publisher = publisher;
        this.accepted = Counter.builder("fikr.feedback.accepted").register(registry);
        this.rejected = Counter.builder("fikr.feedback.rejected").register(registry);
    }

    @PostMapping(path = "/api/v1/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> submit(@RequestBody SubmitFeedbackRequest request) {
        FeedbackSubmitted event;
        try {
            event = validator.validate(request);
        } catch (InvalidRequestException e) {
            rejected.increment();
            throw e;
        }
        publisher.publish(FeedbackSubmitted.TOPIC, event.feedbackId().toString(), event);
        accepted.increment();
        return Map.of("feedbackId", event.feedbackId());
    }
}
