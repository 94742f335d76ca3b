package uz.fikr.survey.inbox;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.survey.publishing.PublishingProperties;
import uz.fikr.survey.publishing.Topics;

/** The inbox's topics, created at start-up when missing: its changes, and the public entries as a table. */
@Configuration(proxyBeanMethods = false)
class InboxTopics {

    @Bean
    NewTopic inboxTopic(PublishingProperties properties) {
        return Topics.events(InboxItemChanged.TOPIC, properties);
    }

    @Bean
    NewTopic youSaidWeDidTopic(PublishingProperties properties) {
        return Topics.compacted(YouSaidWeDidEntry.TOPIC, properties);
    }
}
