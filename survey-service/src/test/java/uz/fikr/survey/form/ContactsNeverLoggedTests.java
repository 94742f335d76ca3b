package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.events.Contact;
import uz.fikr.survey.JsonApi;
import uz.fikr.survey.form.FormClient.Fields;
import uz.fikr.survey.survey.SurveyCatalog;

/**
 * A reader's contact details never reach the service's log: not when a submission carrying them is accepted, nor
 * when it is refused for any reason (no consent, a bad address, a wrong type, an unknown field, broken JSON), through
 * the JSON API or the reader's form. Every line the service writes while these run is captured and searched.
 */
@FormServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ContactsNeverLoggedTests {

    private static final String NAME = "Zulfiya Qodirova-Loggable";
    private static final String EMAIL = "zulfiya.never.logged@kutubxona.uz";
    private static final String PHONE = "+998 90 555 01 37";
    private static final String PHONE_DIGITS = "+998905550137";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SurveyCatalog catalog;

    private PublishedResponses published;

    @BeforeEach
    void open() {
        FormSurveys.ensurePublished(broker, catalog);
        published = new PublishedResponses(broker);
    }

    @AfterEach
    void close() {
        published.close();
    }

    @Test
    void contact_details_accepted_or_refused_through_the_api_and_the_form_never_appear_in_the_log(
            CapturedOutput output) {
        JsonApi api = new JsonApi(port);
        String contact = "{\"name\": \"%s\", \"email\": \"%s\", \"phone\": \"%s\", \"consent\": true}"
                .formatted(NAME, EMAIL, PHONE);
        UUID accepted = UUID.randomUUID();
        List<Integer> statuses = List.of(
                api.call(HttpMethod.POST, "/api/v1/feedback", feedback(contact), null).status(),
                api.call(HttpMethod.POST, "/api/v1/responses", response(accepted, contact), null).status(),
                api.call(HttpMethod.POST, "/api/v1/feedback", feedback(contact.replace("true", "false")), null)
                        .status(),
                api.call(HttpMethod.POST, "/api/v1/feedback", feedback(contact.replace(EMAIL, EMAIL + "@")), null)
                        .status(),
                api.call(HttpMethod.POST, "/api/v1/feedback", feedback(contact.replace("true", "\"" + EMAIL + "\"")),
                        null).status(),
                api.call(HttpMethod.POST, "/api/v1/feedback", feedback(contact.replace("\"name\"", "\"" + PHONE + "\"")),
                        null).status(),
                api.call(HttpMethod.POST, "/api/v1/responses", response(UUID.randomUUID(), "[\"" + EMAIL + "\"]"),
                        null).status(),
                api.call(HttpMethod.POST, "/api/v1/feedback", feedback(contact).substring(0, 140), null).status());
        FormClient reader = new FormClient(port);
        Fields refused = reader.get("/s/demo?lang=en").form().add("a.satisfaction", "1")
                .add("contact.name", NAME).add("contact.email", EMAIL).add("contact.phone", PHONE);
        Fields sent = reader.get("/s/demo?lang=en").form().add("a.satisfaction", "1").add("a.recommend", "2")
                .add("contact.email", EMAIL).add("contact.phone", PHONE).add("contact.consent", "yes");
        int formRefused = reader.post("/s/demo", refused).status();
        int formSent = reader.post("/s/demo", sent).status();

        assertThat(statuses).containsExactly(202, 202, 400, 400, 400, 400, 400, 400);
        assertThat(formRefused).isEqualTo(400);
        assertThat(formSent).isEqualTo(303);
        assertThat(published.await(UUID.fromString(sent.value("responseId"))).contact())
                .isEqualTo(new Contact(null, EMAIL, PHONE_DIGITS, true));
        assertThat(published.await(accepted).contact()).isEqualTo(new Contact(NAME, EMAIL, PHONE_DIGITS, true));
        assertThat(output.getAll()).isNotBlank()
                .doesNotContain(NAME, EMAIL, PHONE, PHONE_DIGITS, "Zulfiya", "zulfiya", "555 01 37", "5550137");
    }

    private static String feedback(String contact) {
        return """
                {"feedbackId": "%s", "category": "question", "text": "Shanba kuni ochiqmisizlar?", "contact": %s}"""
                .formatted(UUID.randomUUID(), contact);
    }

    private static String response(UUID id, String contact) {
        return """
                {"responseId": "%s", "surveyId": "demo", "surveyVersion": 1, "answers": {"satisfaction": 3,
                 "recommend": 6}, "contact": %s}""".formatted(id, contact);
    }
}
