package uz.fikr.analytics.survey;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyPublished;

/**
 * Reads {@code fikr.surveys.v1} from the beginning into the {@link SurveyCatalog} and keeps following it. It uses
 * no consumer group and commits nothing: every start rebuilds the view from the compacted log.
 */
@Component
class SurveyLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SurveyLog.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final SurveyCatalog catalog;
    private final Map<String, Object> config;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread reader;

    SurveyLog(SurveyCatalog catalog, ConsumerFactory<?, ?> consumerFactory) {
        this.catalog = catalog;
        this.config = new HashMap<>(consumerFactory.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "fikr-analytics-surveys");
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        reader = Thread.ofVirtual().name("survey-log").start(this::follow);
    }

    private void follow() {
        try {
            Map<TopicPartition, Long> endAtStart = assign();
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(POLL).forEach(this::apply);
                if (!catalog.caughtUp() && endAtStart.entrySet().stream()
                        .allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                    catalog.markCaughtUp();
                    log.info("Survey definitions read up to the end of {}", SurveyPublished.TOPIC);
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
            List<PartitionInfo> partitions = consumer.partitionsFor(SurveyPublished.TOPIC, Duration.ofSeconds(5));
            if (partitions != null && !partitions.isEmpty()) {
                List<TopicPartition> assigned = partitions.stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                consumer.assign(assigned);
                consumer.seekToBeginning(assigned);
                return consumer.endOffsets(assigned);
            }
            log.debug("{} does not exist yet", SurveyPublished.TOPIC);
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            SurveyPublished published = EventJson.read(record.value(), SurveyPublished.class);
            if (published.schemaVersion() != SurveyPublished.SCHEMA_VERSION) {
                log.error("Skipped survey definition {} with unknown schemaVersion {}", record.key(),
                        published.schemaVersion());
                return;
            }
            catalog.add(published.survey());
        } catch (RuntimeException e) {
            log.error("Skipped unreadable survey definition {} at offset {}: {}", record.key(), record.offset(),
                    e.getMessage());
        }
    }

    @Override
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

    @Override
    public boolean isRunning() {
        return reader != null;
    }

    /** Before the ingestion listeners start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 200;
    }
}
