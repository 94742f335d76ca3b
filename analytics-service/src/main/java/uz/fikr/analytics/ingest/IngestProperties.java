package uz.fikr.analytics.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How analytics-service drains Kafka into ClickHouse.
 *
 * @param retryInitial first pause before a failed batch (ClickHouse down) is tried again
 * @param retryMax longest pause between tries; a batch is tried until it is stored, never skipped
 * @param deadLetterTimeout how long to wait for the broker to acknowledge a dead letter
 * @param partitions partitions of topics this service creates (dead-letter topics)
 * @param replicationFactor replication factor of topics this service creates
 */
@ConfigurationProperties("fikr.ingest")
public record IngestProperties(Duration retryInitial, Duration retryMax, Duration deadLetterTimeout, int partitions,
        short replicationFactor) {}
