package uz.fikr.survey.survey;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyPublished;
import uz.fikr.survey.publishing.BrokerUnavailableException;
import uz.fikr.survey.publishing.EventPublisher;

/**
 * Puts the built-in surveys on {@code fikr.surveys.v1} at start-up, so every service that reads the topic knows
 * them. Publishing the same version again is harmless: the key and the definition are the same, and compaction
 * keeps one. While Kafka is down it keeps trying in the background.
 */
@Component
class BuiltInSurveyPublisher implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInSurveyPublisher.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final EventPublisher publisher;
    private final Clock clock;

    BuiltInSurveyPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("publish-built-in-surveys").start(this::publishUntilDone);
    }

    private void publishUntilDone() {
        for (SurveyDefinition survey : BuiltInSurveys.all()) {
            SurveyPublished event = new SurveyPublished(SurveyPublished.SCHEMA_VERSION, survey, clock.instant());
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    publisher.publish(SurveyPublished.TOPIC, event.key(), event);
                    log.info("Published built-in survey {} version {}", survey.id(), survey.version());
                    break;
                } catch (BrokerUnavailableException e) {
                    log.warn("Could not publish survey {} yet, retrying in {}: {}", survey.id(), RETRY, e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
