package uz.fikr.survey.form;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole service on a free port of 127.0.0.1 against an embedded Kafka broker, with the built-in surveys, no
 * minimum fill time and no rate limit (the tests send many forms from one address). The form tests share this one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true", "fikr.forms.min-fill-time=0s",
            "fikr.security.admin-password=test-admin", "fikr.limits.submissions-per-minute=0"})
@EmbeddedKafka(partitions = 1)
@interface FormServiceTest {}
