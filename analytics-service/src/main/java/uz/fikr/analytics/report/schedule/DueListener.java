package uz.fikr.analytics.report.schedule;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes due reports from {@value ReportDue#TOPIC} in its own consumer group, one record at a time: the offset is
 * committed after {@link ReportDelivery} returned. A record that is not a due event is logged and passed over.
 */
@Component
class DueListener {

    private static final Logger log = LoggerFactory.getLogger(DueListener.class);

    private final ReportDelivery delivery;

    DueListener(ReportDelivery delivery) {
        this.delivery = delivery;
    }

    @KafkaListener(id = DeliveryKafka.LISTENER, groupId = "${fikr.reports.schedule.delivery-group}",
            topics = ReportDue.TOPIC, containerFactory = DeliveryKafka.FACTORY,
            properties = {"max.poll.records=1", "max.poll.interval.ms=900000"})
    void onDue(ConsumerRecord<String, byte[]> record) {
        ReportDue due;
        try {
            due = ReportDue.read(record.value());
        } catch (RuntimeException e) {
            log.warn("Passing over a record on {} at offset {} that is not a due report: {}", record.topic(),
                    record.offset(), e.getMessage());
            return;
        }
        delivery.deliver(due);
    }
}
