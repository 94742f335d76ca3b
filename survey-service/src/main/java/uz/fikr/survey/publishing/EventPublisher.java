package uz.fikr.survey.publishing;

import io.micrometer.core.instrument.MeterRegistry;
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
        byte[] json = EventJson.write(event);
        long deadline = System.nanoTime() + properties.ackTimeout().toNanos();
        try {
            kafka.send(topic, key, json).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            registry.counter("fikr.events.published", "topic", topic).increment();
        } catch (TimeoutException | ExecutionException | KafkaException
                | org.springframework.kafka.KafkaException e) {
            registry.counter("fikr.events.unacknowledged", "topic", topic).increment();
            throw new BrokerUnavailableException("Kafka did not acknowledge " + topic + " within "
                    + properties.ackTimeout(), properties.retryAfter(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("Interrupted while waiting for Kafka", properties.retryAfter(), e);
        }
    }
}
