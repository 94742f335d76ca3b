package uz.fikr.analytics.report.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import uz.fikr.analytics.ingest.IngestProperties;

/**
 * The due-report topic and its listener container: one record at a time, offset committed after each, and a
 * ClickHouse failure before the e-mail went out retried in place with back-off until it passes (the record is
 * never skipped). Scheduling is switched on here too, for {@link ReportScheduler}'s tick.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryKafka {

    static final String LISTENER = "fikr-report-delivery";
    static final String FACTORY = "reportDueListenerFactory";
    /** ClickHouse retries in place: far below max.poll.interval.ms, so the consumer keeps its partitions. */
    private static final long RETRY_INITIAL_MS = 1000;
    private static final long RETRY_MAX_MS = 30_000;

    @Bean
    KafkaAdmin.NewTopics reportDueTopic(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(ReportDue.TOPIC).partitions(properties.partitions())
                .replicas(properties.replicationFactor()).build());
    }

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> reportDueListenerFactory(
            ConsumerFactory<String, byte[]> consumers) {
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(false);
        factory.setConcurrency(1);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        ExponentialBackOff backOff = new ExponentialBackOff(RETRY_INITIAL_MS, 2.0);
        backOff.setMaxInterval(RETRY_MAX_MS);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            throw new IllegalStateException("A due report is never given up on", e);
        }, backOff);
        handler.setLogLevel(org.springframework.kafka.KafkaException.Level.WARN);
        factory.setCommonErrorHandler(handler);
        return factory;
    }
}
