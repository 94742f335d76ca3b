package uz.fikr.analytics.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How analytics-service drains Kafka into ClickHouse.
 *
 * @param retryInitial first pause before a failed batch (ClickHouse down) is tried again
 * @param retryMax longest pause between tries; a batch is tried until it is stored, never skipped
 * @param deadLetterTimeout how long to wait for the broker to acknowledge a dead letter
 * @param unknownSurveyGrace how long a response to a survey version this service has not heard of yet is retried
 *     (its definition may still be on its way on fikr.surveys.v1) before it is dead-lettered
 * @param partitions partitions of topics this service creates (dead-letter topics)
 * @param replicationFactor replication factor of topics this service creates
 */
@ConfigurationProperties("fikr.ingest")
public record IngestProperties(Duration retryInitial, Duration retryMax, Duration deadLetterTimeout,
        Duration unknownSurveyGrace, int partitions, short replicationFactor) {}
