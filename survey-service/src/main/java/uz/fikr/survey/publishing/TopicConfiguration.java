package uz.fikr.survey.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.SurveyVersion;

/**
 * The topics of readers' submissions and of survey definitions, created at start-up when missing. (The inbox
 * declares its own in {@code uz.fikr.survey.inbox}.)
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic responsesTopic(PublishingProperties properties) {
        return Topics.events(ResponseSubmitted.TOPIC, properties);
    }

    @Bean
    NewTopic feedbackTopic(PublishingProperties properties) {
        return Topics.events(FeedbackSubmitted.TOPIC, properties);
    }

    @Bean
    NewTopic surveysTopic(PublishingProperties properties) {
        return Topics.compacted(SurveyVersion.TOPIC, properties);
    }
}
