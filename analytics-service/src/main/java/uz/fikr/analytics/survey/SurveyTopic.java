package uz.fikr.analytics.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import uz.fikr.analytics.ingest.IngestProperties;
import uz.fikr.events.survey.SurveyVersion;

/** The compacted survey-definition topic, created when missing (survey-service creates it the same way). */
@Configuration(proxyBeanMethods = false)
class SurveyTopic {

    @Bean
    KafkaAdmin.NewTopics surveyDefinitionsTopic(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(SurveyVersion.TOPIC).partitions(1)
                .replicas(properties.replicationFactor()).compact().build());
    }
}
