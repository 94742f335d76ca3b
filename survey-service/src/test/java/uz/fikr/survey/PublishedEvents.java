package uz.fikr.survey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
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

/**
 * What reached a topic since this was opened, with each record's key. Events are published only after Kafka has
 * acknowledged them, in order on one partition, so "nothing was published for X" is checked by reading up to a later
 * event: had X been published, it would come first.
 *
 * @param <T> the event type, read with {@link EventJson}
 */
public class PublishedEvents<T> implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final Class<T> type;
    private final Function<T, Object> id;
    private final List<Map.Entry<String, T>> seen = new ArrayList<>();

    /** @param id what tells one event from another (the response id, the change id) */
    public PublishedEvents(EmbeddedKafkaBroker broker, String topic, Class<T> type, Function<T, Object> id) {
        this.topic = topic;
        this.type = type;
        this.id = id;
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        consumer.subscribe(List.of(topic));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        // "latest" is looked up after the assignment; wait for it, or a record sent meanwhile is skipped
        consumer.assignment().forEach(consumer::position);
    }

    /** The event with this id, waiting for it to arrive. */
    public T await(Object eventId) {
        return until(eventId).stream().filter(event -> id.apply(event).equals(eventId)).findFirst().orElseThrow();
    }

    /** Every event published up to and including the one with this id. */
    public List<T> until(Object eventId) {
        return recordsUntil(eventId).stream().map(Map.Entry::getValue).toList();
    }

    /** Every event published up to and including the one with this id, each with its key. */
    public List<Map.Entry<String, T>> recordsUntil(Object eventId) {
        Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .alias(eventId + " on " + topic).until(() -> {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        seen.add(Map.entry(Objects.requireNonNullElse(record.key(), ""),
                                EventJson.read(record.value(), type)));
                    }
                    return seen.stream().anyMatch(event -> id.apply(event.getValue()).equals(eventId));
                });
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
