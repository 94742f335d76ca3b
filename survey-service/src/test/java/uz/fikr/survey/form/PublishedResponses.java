package uz.fikr.survey.form;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;

/**
 * What reached {@code fikr.responses.v1} since this was opened. Each response is published only after Kafka has
 * acknowledged it, in order on one partition, so "nothing was published for X" is checked by reading up to a later
 * response: had X been published, it would come first.
 */
final class PublishedResponses implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Consumer<String, byte[]> consumer;
    private final List<ResponseSubmitted> seen = new ArrayList<>();

    PublishedResponses(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "form-tests-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of(ResponseSubmitted.TOPIC));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
    }

    /** The response with this id, waiting for it to arrive. */
    ResponseSubmitted await(UUID responseId) {
        return until(responseId).stream().filter(response -> response.responseId().equals(responseId))
                .findFirst().orElseThrow();
    }

    /** Every response published up to and including the one with this id. */
    List<ResponseSubmitted> until(UUID responseId) {
        Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .alias("response " + responseId + " on " + ResponseSubmitted.TOPIC).until(() -> {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        seen.add(EventJson.read(record.value(), ResponseSubmitted.class));
                    }
                    return seen.stream().anyMatch(response -> response.responseId().equals(responseId));
                });
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
