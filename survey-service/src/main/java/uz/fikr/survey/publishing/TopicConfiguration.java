package uz.fikr.survey.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.SurveyVersion;

/** The topics survey-service writes to, created at start-up when missing. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics fikrTopics(PublishingProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(ResponseSubmitted.TOPIC, properties),
                topic(FeedbackSubmitted.TOPIC, properties),
                surveysTopic(properties));
    }

    /** Survey definitions: compacted (every key's latest value kept forever), one partition (one ordered log). */
    static NewTopic surveysTopic(PublishingProperties properties) {
        return TopicBuilder.name(SurveyVersion.TOPIC).partitions(1).replicas(properties.replicationFactor())
                .compact().build();
    }

    private static NewTopic topic(String name, PublishingProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }
}
