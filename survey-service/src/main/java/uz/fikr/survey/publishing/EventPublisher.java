package uz.fikr.survey.publishing;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import uz.fikr.events.EventJson;

/**
 * Publishes an event and returns only when the broker has acknowledged it (acks=all, idempotent producer). When the
 * broker does not acknowledge within {@code fikr.publishing.ack-timeout}, the caller gets a
 * {@link BrokerUnavailableException}: the request thread never waits longer than that.
 */
@Component
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final PublishingProperties properties;
    private final MeterRegistry registry;

    EventPublisher(KafkaTemplate<String, byte[]> kafka, PublishingProperties properties, MeterRegistry registry) {
        this.kafka = kafka;
        this.properties = properties;
        this.registry = registry;
    }

    public void publish(String topic, String key, Object event) {
        publishAll(List.of(new Outgoing(topic, key, event)));
    }

    /**
     * Sends every record at once and returns when the broker has acknowledged them all, within one ack timeout. On
     * failure some may have been stored and others not: the caller retries them all, so each must be harmless twice.
     */
    public void publishAll(List<Outgoing> records) {
        List<byte[]> json = records.stream().map(record -> EventJson.write(record.event())).toList();
        long deadline = System.nanoTime() + properties.ackTimeout().toNanos();
        String topics = String.join(", ", records.stream().map(Outgoing::topic).distinct().toList());
        try {
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                sent.add(kafka.send(records.get(i).topic(), records.get(i).key(), json.get(i)));
            }
            for (CompletableFuture<?> acknowledged : sent) {
                acknowledged.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            records.forEach(record -> registry.counter("fikr.events.published", "topic", record.topic()).increment());
        } catch (TimeoutException | ExecutionException | KafkaException
                | org.springframework.kafka.KafkaException e) {
            records.forEach(record -> registry.counter("fikr.events.unacknowledged", "topic", record.topic())
                    .increment());
            throw new BrokerUnavailableException("Kafka did not acknowledge " + topics + " within "
                    + properties.ackTimeout(), properties.retryAfter(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("Interrupted while waiting for Kafka", properties.retryAfter(), e);
        }
    }

    /** One record to publish: the event as JSON under its key. */
    public record Outgoing(String topic, String key, Object event) {}
}
