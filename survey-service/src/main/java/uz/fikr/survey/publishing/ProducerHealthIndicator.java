package uz.fikr.survey.publishing;

import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Ready once the producer knows where each topic it writes lives (every topic this service declares). The producer
 * fetches a topic's metadata on its first send and may wait up to {@code max.block.ms} for it; asking here first
 * means the first readers after a start are not the ones who pay for it (with a 503).
 */
@Component
class ProducerHealthIndicator extends AbstractHealthIndicator {

    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> topics;

    ProducerHealthIndicator(KafkaTemplate<String, byte[]> kafka, List<NewTopic> declared) {
        super("The producer has no metadata for its topics yet");
        this.kafka = kafka;
        this.topics = declared.stream().map(NewTopic::name).toList();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        for (String topic : topics) {
            builder.withDetail(topic, kafka.partitionsFor(topic).size() + " partitions");
        }
        builder.up();
    }
}
