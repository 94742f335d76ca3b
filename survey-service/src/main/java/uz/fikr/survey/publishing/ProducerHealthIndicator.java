package uz.fikr.survey.publishing;

import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Ready once the producer knows where each topic it writes lives. The producer fetches a topic's metadata on its
 * first send and may wait up to {@code max.block.ms} for it; asking here first means the first readers after a
 * start are not the ones who pay for it (with a 503).
 */
@Component
class ProducerHealthIndicator extends AbstractHealthIndicator {

    private static final List<String> TOPICS = List.of(ResponseSubmitted.TOPIC, FeedbackSubmitted.TOPIC,
            SurveyVersion.TOPIC);

    private final KafkaTemplate<String, byte[]> kafka;

    ProducerHealthIndicator(KafkaTemplate<String, byte[]> kafka) {
        super("The producer has no metadata for its topics yet");
        this.kafka = kafka;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        for (String topic : TOPICS) {
            builder.withDetail(topic, kafka.partitionsFor(topic).size() + " partitions");
        }
        builder.up();
    }
}
