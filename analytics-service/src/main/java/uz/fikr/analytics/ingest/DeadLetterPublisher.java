package uz.fikr.analytics.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import uz.fikr.events.DeadLetters;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;

/**
 * Sends records that can never be stored to {@code <topic>.dlt}, with the reason and the original position in
 * headers, and waits until the broker has them all: only then may the batch's offsets be committed. A reader's
 * contact details are taken out first ({@link DeadLetterContacts}, header {@code fikr-dlt-contact-removed}).
 */
@Component
class DeadLetterPublisher {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);
    private static final String DEAD_LETTERED = "fikr.events.dead.lettered";

    private final KafkaTemplate<String, byte[]> kafka;
    private final IngestProperties properties;
    private final MeterRegistry registry;

    DeadLetterPublisher(KafkaTemplate<String, byte[]> kafka, IngestProperties properties, MeterRegistry registry) {
        this.kafka = kafka;
        this.properties = properties;
        this.registry = registry;
        for (String topic : new String[] {ResponseSubmitted.TOPIC, FeedbackSubmitted.TOPIC,
                InboxItemChanged.TOPIC}) {
            registry.counter(DEAD_LETTERED, "topic", topic);
        }
    }

    void publish(List<DeadLetter> deadLetters) {
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
        for (DeadLetter deadLetter : deadLetters) {
            sends.add(kafka.send(toRecord(deadLetter)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.deadLetterTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Dead letters not acknowledged by Kafka; the batch will be retried", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        }
        for (DeadLetter deadLetter : deadLetters) {
            String topic = deadLetter.record().topic();
            log.warn("Dead-lettered {}-{}@{}: {}", topic, deadLetter.record().partition(),
                    deadLetter.record().offset(), deadLetter.reason());
            registry.counter(DEAD_LETTERED, "topic", topic).increment();
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(DeadLetter deadLetter) {
        ConsumerRecord<String, byte[]> original = deadLetter.record();
        DeadLetterContacts.Stripped value = DeadLetterContacts.strip(original.value());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(DeadLetters.topicFor(original.topic()), null,
                original.key(), value.value());
        record.headers()
                .add(DeadLetters.REASON_HEADER, bytes(deadLetter.reason()))
                .add(DeadLetters.ORIGINAL_TOPIC_HEADER, bytes(original.topic()))
                .add(DeadLetters.ORIGINAL_PARTITION_HEADER, bytes(Integer.toString(original.partition())))
                .add(DeadLetters.ORIGINAL_OFFSET_HEADER, bytes(Long.toString(original.offset())));
        if (value.removed()) {
            record.headers().add(DeadLetters.CONTACT_REMOVED_HEADER, bytes("true"));
        }
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
