package uz.fikr.survey.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/** How this service declares a topic it writes to; each feature declares its own as a {@code NewTopics} bean. */
public final class Topics {

    private Topics() {}

    /** A stream of events: the configured partitions and replication, the broker's retention. */
    public static NewTopic events(String name, PublishingProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }

    /** A table: compacted (every key's latest value kept forever), one partition (one ordered log). */
    public static NewTopic compacted(String name, PublishingProperties properties) {
        return TopicBuilder.name(name).partitions(1).replicas(properties.replicationFactor()).compact().build();
    }
}
