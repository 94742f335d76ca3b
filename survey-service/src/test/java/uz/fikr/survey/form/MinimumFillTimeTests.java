package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.form.FormClient.Fields;
import uz.fikr.survey.form.FormClient.Reply;
import uz.fikr.survey.survey.SurveyCatalog;

/** A form sent sooner than a person could fill it in is not published; the reader is asked to send it again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true", "fikr.forms.min-fill-time=1h",
            "fikr.limits.submissions-per-minute=0"})
@EmbeddedKafka(partitions = 1)
class MinimumFillTimeTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SurveyCatalog catalog;

    @Test
    void a_form_sent_too_soon_comes_back_with_a_polite_request_and_nothing_is_published() {
        FormSurveys.ensurePublished(broker, catalog);
        FormClient reader = new FormClient(port);
        Fields fields = reader.get("/s/demo?lang=uz").form().add("a.satisfaction", "5").add("a.recommend", "10");

        try (PublishedResponses published = new PublishedResponses(broker)) {
            Reply tooSoon = reader.post("/s/demo", fields);

            assertThat(tooSoon.status()).isEqualTo(400);
            HtmlPage page = tooSoon.page();
            assertThat(page.get("notice").text()).contains("Iltimos, javoblaringizni tekshiring")
                    .contains("“Javoblarni yuborish” tugmasini qayta bosing");
            assertThat(page.get("f-satisfaction-5").has("checked")).isTrue();
            assertThat(tooSoon.form().value("responseId")).isEqualTo(fields.value("responseId"));
            assertThat(tooSoon.form().value("started")).isEqualTo(fields.value("started"));
            UUID marker = UUID.randomUUID();
            SubmitThroughApi.demo(port, marker);
            assertThat(published.until(marker)).extracting(ResponseSubmitted::responseId)
                    .doesNotContain(UUID.fromString(fields.value("responseId")));
        }
    }

    @Test
    void a_forged_start_time_counts_as_too_soon() {
        FormSurveys.ensurePublished(broker, catalog);
        FormClient reader = new FormClient(port);
        Fields fields = reader.get("/s/demo?lang=en").form().set("started", "1000.forged")
                .add("a.satisfaction", "5").add("a.recommend", "10");

        Reply forged = reader.post("/s/demo", fields);

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.page().get("notice").text()).contains("Please check your answers");
        assertThat(forged.form().value("started")).isNotEqualTo("1000.forged");
    }
}
