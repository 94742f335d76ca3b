package uz.fikr.survey.response;

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
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.publishing.EventPublisher;
import uz.fikr.survey.web.InvalidRequestException;

/** Takes a reader's response, validates it, and acknowledges it only once Kafka holds it. */
@RestController
class ResponseController {

    private final ResponseValidator validator;
    private final EventPublisher publisher;
    private final Counter accepted;
    private final Counter rejected;

    ResponseController(ResponseValidator validator, EventPublisher publisher, MeterRegistry registry) {
        this.validator = validator;
        this.publisher = publisher;
        this.accepted = Counter.builder("fikr.responses.accepted").register(registry);
        this.rejected = Counter.builder("fikr.responses.rejected").register(registry);
    }

    @PostMapping(path = "/api/v1/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> submit(@RequestBody SubmitResponseRequest request) {
        ResponseSubmitted event;
        try {
            event = validator.validate(request);
        } catch (InvalidRequestException e) {
            rejected.increment();
            throw e;
        }
        publisher.publish(ResponseSubmitted.TOPIC, event.responseId().toString(), event);
        accepted.increment();
        return Map.of("responseId", event.responseId());
    }
}
