package uz.fikr.analytics.ingest;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import uz.fikr.events.DeadLetters;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;

/**
 * What happens when a batch cannot be stored. Records that can never be stored were already dead-lettered by the
 * listener, so a failure that reaches the container is a ClickHouse or broker outage. The listener reports it as a
 * failure of the batch's first record: the container commits nothing, seeks back, and redelivers the batch after an
 * exponential back-off, for as long as it takes. The recoverer is never reached (the back-off never ends), so a
 * batch is never skipped. The longest pause stays far below {@code max.poll.interval.ms}, so the consumer keeps its
 * partitions meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class IngestErrorHandling {

    @Bean
    DefaultErrorHandler ingestErrorHandler(IngestProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMax().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, e) -> {
                    throw new IllegalStateException("A batch is never given up on", e);
                },
                backOff);
        handler.setLogLevel(org.springframework.kafka.KafkaException.Level.WARN);
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopics(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(ResponseSubmitted.TOPIC, properties),
                topic(FeedbackSubmitted.TOPIC, properties),
                topic(InboxItemChanged.TOPIC, properties),
                topic(DeadLetters.topicFor(ResponseSubmitted.TOPIC), properties),
                topic(DeadLetters.topicFor(FeedbackSubmitted.TOPIC), properties),
                topic(DeadLetters.topicFor(InboxItemChanged.TOPIC), properties));
    }

    private static NewTopic topic(String name, IngestProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions())
                .replicas(properties.replicationFactor()).build();
    }
}
