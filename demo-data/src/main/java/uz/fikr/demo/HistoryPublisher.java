package uz.fikr.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;

/**
 * Publishes the history as survey-service publishes what it accepts: to {@value ResponseSubmitted#TOPIC} and
 * {@value FeedbackSubmitted#TOPIC}, keyed by the response or feedback id, the JSON of {@link EventJson}, with an
 * idempotent producer and {@code acks=all}. The records keep the time of publishing as their Kafka timestamp (the
 * past travels in {@code receivedAt}): the topics' retention and analytics' grace for a survey it has not read yet
 * go by that timestamp.
 */
final class HistoryPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;

    HistoryPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** @throws PublishFailedException when the address is not one a producer can use */
    static HistoryPublisher connect(String bootstrapServers) {
        try {
            return new HistoryPublisher(new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "fikr-demo-history",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 20,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000),
                    new StringSerializer(), new ByteArraySerializer()));
        } catch (KafkaException e) {
            throw new PublishFailedException("Cannot publish to Kafka at " + bootstrapServers + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause()), e);
        }
    }

    /**
     * Returns once the broker has acknowledged every record. A broker that does not answer fails the first call for
     * the topics' metadata, within {@code max.block.ms}, before any record is sent.
     */
    void publish(List<ResponseSubmitted> responses, List<FeedbackSubmitted> feedback) throws InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(responses.size() + feedback.size());
        try {
            producer.partitionsFor(ResponseSubmitted.TOPIC);
            producer.partitionsFor(FeedbackSubmitted.TOPIC);
            for (ResponseSubmitted response : responses) {
                sent.add(send(ResponseSubmitted.TOPIC, response.responseId().toString(), response));
            }
            for (FeedbackSubmitted item : feedback) {
                sent.add(send(FeedbackSubmitted.TOPIC, item.feedbackId().toString(), item));
            }
            producer.flush();
            for (Future<RecordMetadata> record : sent) {
                record.get();
            }
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka did not acknowledge the history: " + e.getCause(), e.getCause());
        } catch (KafkaException e) {
            throw new PublishFailedException("Kafka did not take the history: " + e, e);
        }
    }

    private Future<RecordMetadata> send(String topic, String key, Object event) {
        return producer.send(new ProducerRecord<>(topic, key, EventJson.write(event)));
    }

    @Override
    public void close() {
        producer.close();
    }

    /** The broker did not acknowledge every record. */
    static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
