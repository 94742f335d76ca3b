package uz.fikr.survey.form;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.survey.SurveyCatalog;

/**
 * Surveys the form tests publish themselves, the way authoring does: onto {@code fikr.surveys.v1}, which the
 * service's survey store follows. {@link #readingHabits()} ({@code src/test/resources/form/reading-habits.json}) has
 * every kind of question, the reader-profile block, skip logic on a choice and on a multiple choice, an "other"
 * answer and a closing date.
 */
final class FormSurveys {

    static final String READING_HABITS = "reading-habits";

    private FormSurveys() {}

    /** Publishes the reading-habits survey unless the service knows it already, and waits until it does. */
    static void ensurePublished(EmbeddedKafkaBroker broker, SurveyCatalog catalog) {
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find("demo").isPresent());
        if (catalog.find(READING_HABITS).isEmpty()) {
            publish(broker, readingHabits(), SurveyStatus.PUBLISHED);
            await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find(READING_HABITS).isPresent());
        }
    }

    static void publish(EmbeddedKafkaBroker broker, SurveyDefinition survey, SurveyStatus status) {
        Map<String, Object> props = KafkaTestUtils.producerProps(broker);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(SurveyVersion.TOPIC, SurveyVersion.key(survey.id(), survey.version()),
                    EventJson.write(SurveyVersion.of(survey, status, Instant.now(), "form-tests"))));
            producer.flush();
        }
    }

    static SurveyDefinition readingHabits() {
        try (InputStream in = FormSurveys.class.getResourceAsStream("/form/reading-habits.json")) {
            return EventJson.mapper().readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same survey under another id. */
    static SurveyDefinition readingHabits(String id) {
        return readingHabits(id, null, readingHabits().closesAt());
    }

    /** The same survey under another id, taking answers between these times. */
    static SurveyDefinition readingHabits(String id, Instant opensAt, Instant closesAt) {
        SurveyDefinition survey = readingHabits();
        return new SurveyDefinition(id, survey.version(), survey.title(), survey.description(), opensAt, closesAt,
                survey.profile(), survey.invitationOnly(), survey.questions());
    }
}
