package uz.fikr.survey.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How survey-service hands submissions to Kafka.
 *
 * @param ackTimeout how long a reader's request waits for the broker's acknowledgement before it gets 503
 * @param retryAfter what the 503 tells the client to wait before sending the same response again
 * @param partitions partitions of the topics this service creates
 * @param replicationFactor replication factor of the topics this service creates
 */
@ConfigurationProperties("fikr.publishing")
public record PublishingProperties(Duration ackTimeout, Duration retryAfter, int partitions, short replicationFactor) {}
