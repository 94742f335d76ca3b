package uz.fikr.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a compacted topic, the table of some state this service keeps in memory, from the beginning and keeps
 * following it, handing every readable record to a listener. It uses no consumer group and commits nothing: every
 * start rebuilds the view from the log. {@code caughtUp} runs once, when the topic has been read up to where it ended
 * at start. Both services read survey definitions with it ({@link uz.fikr.events.survey.SurveyLogReader}); survey-service
 * also reads its public "you said, we did" entries. kafka-clients is an optional dependency of this module: users
 * of this class bring their own.
 *
 * @param <T> the record type, read with {@link EventJson}
 */
public final class CompactedTopicReader<T> {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> config;
    private final String topic;
    private final Class<T> type;
    private final Predicate<T> readable;
    private final Consumer<T> listener;
    private final Runnable caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread reader;

    /**
     * @param consumerConfig the service's consumer settings; group id and auto-commit are taken out
     * @param clientId names this reader in the broker's logs
     * @param readable false for a record of a schema version this service does not read: it is logged and skipped
     */
    public CompactedTopicReader(Map<String, Object> consumerConfig, String clientId, String topic, Class<T> type,
            Predicate<T> readable, Consumer<T> listener, Runnable caughtUp) {
        this.config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.topic = topic;
        this.type = type;
        this.readable = readable;
        this.listener = listener;
        this.caughtUp = caughtUp;
    }

    public void start() {
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        reader = Thread.ofVirtual().name("log-" + topic).start(this::follow);
    }

    public boolean isRunning() {
        return reader != null;
    }

    public void stop() {
        if (consumer != null) {
            consumer.wakeup();
        }
        Thread running = reader;
        if (running != null) {
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader = null;
    }

    private void follow() {
        try {
            Map<TopicPartition, Long> endAtStart = assign();
            boolean done = false;
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(POLL).forEach(this::apply);
                if (!done && endAtStart.entrySet().stream()
                        .allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                    done = true;
                    log.info("Read {} up to where it ended at start", topic);
                    caughtUp.run();
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // stop() asked us to
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private Map<TopicPartition, Long> assign() throws InterruptedException {
        while (true) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions != null && !partitions.isEmpty()) {
                List<TopicPartition> assigned = partitions.stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                consumer.assign(assigned);
                consumer.seekToBeginning(assigned);
                return consumer.endOffsets(assigned);
            }
            log.debug("{} does not exist yet", topic);
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            T value = EventJson.read(record.value(), type);
            if (!readable.test(value)) {
                log.error("Skipped record {} of {} with a schema version this service does not read", record.key(),
                        topic);
                return;
            }
            listener.accept(value);
        } catch (RuntimeException e) {
            log.error("Skipped unreadable record {} of {} at offset {}: {}", record.key(), topic, record.offset(),
                    e.getMessage());
        }
    }
}
