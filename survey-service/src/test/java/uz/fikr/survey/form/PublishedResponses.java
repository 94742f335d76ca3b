package uz.fikr.survey.form;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.PublishedEvents;

/** What reached {@code fikr.responses.v1} since this was opened, by response id. */
final class PublishedResponses extends PublishedEvents<ResponseSubmitted> {

    PublishedResponses(EmbeddedKafkaBroker broker) {
        super(broker, ResponseSubmitted.TOPIC, ResponseSubmitted.class, ResponseSubmitted::responseId);
    }
}
