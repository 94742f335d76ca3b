package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uz.fikr.survey.form.FormClient.Fields;
import uz.fikr.survey.form.FormClient.Reply;
import uz.fikr.survey.publishing.BrokerUnavailableException;
import uz.fikr.survey.response.ResponseSubmission;
import uz.fikr.survey.survey.SurveyCatalog;

/** When Kafka does not acknowledge in time, the reader keeps the answers and is told to press Send again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true", "fikr.forms.min-fill-time=0s",
            "fikr.limits.submissions-per-minute=0"})
@EmbeddedKafka(partitions = 1)
class NotSavedTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SurveyCatalog catalog;

    @MockitoSpyBean
    ResponseSubmission submission;

    @Test
    void a_form_kafka_did_not_take_comes_back_with_503_the_answers_kept_and_the_same_response_id() {
        FormSurveys.ensurePublished(broker, catalog);
        BrokerUnavailableException down = mock(BrokerUnavailableException.class);
        when(down.retryAfter()).thenReturn(Duration.ofSeconds(5));
        doThrow(down).when(submission).submit(any(), any());
        FormClient reader = new FormClient(port);
        Fields fields = reader.get("/s/demo?lang=ru").form().add("a.satisfaction", "4").add("a.comment", "Спасибо");

        Reply notSaved = reader.post("/s/demo", fields);

        assertThat(notSaved.status()).isEqualTo(503);
        assertThat(notSaved.headers().firstValue("Retry-After")).contains("5");
        assertThat(notSaved.page().get("notice").text()).contains("Ваши ответы ещё не сохранены")
                .contains("будут учтены только один раз");
        assertThat(notSaved.page().get("f-satisfaction-4").has("checked")).isTrue();
        assertThat(notSaved.page().get("f-comment").text()).isEqualTo("Спасибо");
        assertThat(notSaved.form().value("responseId")).isEqualTo(fields.value("responseId"));
    }
}
