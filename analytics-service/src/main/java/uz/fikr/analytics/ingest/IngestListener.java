package uz.fikr.analytics.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.preagg.KnownResponses;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;

/**
 * Drains the response, feedback and inbox topics into ClickHouse, a polled batch at a time. The batch's offsets are
 * committed only when this method returns, that is after ClickHouse acknowledged the inserts and the broker
 * acknowledged the dead letters. Any failure throws, nothing is committed, and the container seeks back and delivers
 * the same batch again with back-off until it is stored (see {@link IngestErrorHandling}).
 */
@Component
class IngestListener implements ConsumerSeekAware {

    private final EventDecoder decoder;
    private final ClickHouseWriter writer;
    private final DeadLetterPublisher deadLetters;
    private final MeterRegistry registry;
    private final KnownResponses known;

    IngestListener(EventDecoder decoder, ClickHouseWriter writer, DeadLetterPublisher deadLetters,
            MeterRegistry registry, KnownResponses known) {
        this.known = known;
        this.decoder = decoder;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    /** Responses of newly assigned partitions may have been stored by another instance: reload the known ids. */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (assignments.keySet().stream().anyMatch(partition -> partition.topic().equals(ResponseSubmitted.TOPIC))) {
            known.forget();
        }
    }

    @KafkaListener(id = "fikr-ingest-responses", idIsGroup = false, topics = ResponseSubmitted.TOPIC,
            batch = "true")
    void onResponses(List<ConsumerRecord<String, byte[]>> records) {
        count("fikr.events.consumed", ResponseSubmitted.TOPIC, records.size());
        storeOrRetry(records, () -> {
            DecodedBatch<ResponseSubmitted> batch = decoder.responses(records);
            writer.writeResponses(batch.events());
            deadLetters.publish(batch.deadLetters());
            count("fikr.events.stored", ResponseSubmitted.TOPIC, batch.events().size());
        });
    }

    @KafkaListener(id = "fikr-ingest-feedback", idIsGroup = false, topics = FeedbackSubmitted.TOPIC,
            batch = "true")
    void onFeedback(List<ConsumerRecord<String, byte[]>> records) {
        count("fikr.events.consumed", FeedbackSubmitted.TOPIC, records.size());
        storeOrRetry(records, () -> {
            DecodedBatch<FeedbackSubmitted> batch = decoder.feedback(records);
            writer.writeFeedback(batch.events());
            deadLetters.publish(batch.deadLetters());
            count("fikr.events.stored", FeedbackSubmitted.TOPIC, batch.events().size());
        });
    }

    @KafkaListener(id = "fikr-ingest-inbox", idIsGroup = false, topics = InboxItemChanged.TOPIC, batch = "true")
    void onInboxChanges(List<ConsumerRecord<String, byte[]>> records) {
        count("fikr.events.consumed", InboxItemChanged.TOPIC, records.size());
        storeOrRetry(records, () -> {
            DecodedBatch<InboxItemChanged> batch = decoder.inboxChanges(records);
            writer.writeInboxChanges(batch.events());
            deadLetters.publish(batch.deadLetters());
            count("fikr.events.stored", InboxItemChanged.TOPIC, batch.events().size());
        });
    }

    /**
     * Runs the store step; on failure, tells the container that the whole batch failed from its first record, so
     * that it commits nothing, seeks back and delivers the same records again after a back-off.
     */
    private void storeOrRetry(List<ConsumerRecord<String, byte[]>> records, Runnable store) {
        try {
            store.run();
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("Batch not stored; it will be delivered again", e, records.get(0));
        }
    }

    private void count(String name, String topic, int amount) {
        registry.counter(name, "topic", topic).increment(amount);
    }
}
