package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.form.FormClient.Fields;
import uz.fikr.survey.form.FormClient.Reply;
import uz.fikr.survey.form.HtmlPage.Tag;
import uz.fikr.survey.survey.SurveyCatalog;

/** A librarian types in a paper form or an interview: the reader's form behind a login, with its CSRF token. */
@FormServiceTest
class StaffEntryTests {

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
    void staff_pages_ask_for_a_login() {
        Reply anonymous = new FormClient(port).get("/staff/s/demo");
        Reply wrongPassword = new FormClient(port).signedInAs("admin", "guess").get("/staff/s/demo");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void a_paper_form_typed_in_by_a_librarian_is_published_with_channel_paper_and_their_name() {
        FormClient librarian = new FormClient(port).signedInAs("admin", "test-admin");
        Reply form = librarian.get("/staff/s/demo?lang=ru");
        Fields fields = form.form().add("channel", "paper").add("a.satisfaction", "2").add("a.recommend", "5");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        Reply saved = librarian.post("/staff/s/demo", fields);

        assertThat(form.page().get("q-channel").first("legend").text())
                .isEqualTo("Как получены эти ответы? (обязательно)");
        assertThat(fields.value("_csrf")).isNotBlank();
        assertThat(form.page().byId("website")).as("no field for robots").isEmpty();
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/staff/s/demo?lang=ru&saved=1");
        ResponseSubmitted response = published.await(responseId);
        assertThat(response.channel()).isEqualTo(Channel.PAPER);
        assertThat(response.enteredBy()).isEqualTo("admin");
        assertThat(response.answers()).containsEntry("satisfaction", new AnswerValue.Number(2));
        HtmlPage next = librarian.get(saved.location()).page();
        assertThat(next.get("saved").text()).contains("Сохранено");
        assertThat(next.get("survey-form").attr("data-clear")).isEqualTo("true");
    }

    @Test
    void an_interview_is_recorded_as_one() {
        FormClient librarian = new FormClient(port).signedInAs("admin", "test-admin");
        Fields fields = librarian.get("/staff/s/demo").form().add("channel", "interview")
                .add("a.satisfaction", "5").add("a.recommend", "10");

        librarian.post("/staff/s/demo", fields);

        assertThat(published.await(UUID.fromString(fields.value("responseId"))).channel())
                .isEqualTo(Channel.INTERVIEW);
    }

    @Test
    void without_interview_or_paper_chosen_the_librarian_is_asked_and_nothing_is_published() {
        FormClient librarian = new FormClient(port).signedInAs("admin", "test-admin");
        Fields fields = librarian.get("/staff/s/demo?lang=en").form().add("a.satisfaction", "5")
                .add("a.recommend", "10");

        Reply refused = librarian.post("/staff/s/demo", fields);

        assertThat(refused.status()).isEqualTo(400);
        Tag link = refused.page().get("error-summary").first("a");
        assertThat(link.attr("href")).isEqualTo("#f-channel");
        assertThat(link.text()).isEqualTo(
                "How did you get these answers? — choose “I talked with the reader” or “From a paper form”");
        assertThat(refused.page().get("f-channel").attr("aria-invalid")).isEqualTo("true");
        Fields next = librarian.get("/staff/s/demo").form().add("channel", "paper").add("a.satisfaction", "1")
                .add("a.recommend", "0");
        librarian.post("/staff/s/demo", next);
        assertThat(published.until(UUID.fromString(next.value("responseId"))))
                .extracting(ResponseSubmitted::responseId)
                .doesNotContain(UUID.fromString(fields.value("responseId")));
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        FormClient librarian = new FormClient(port).signedInAs("admin", "test-admin");
        Fields fields = librarian.get("/staff/s/demo").form().set("_csrf", "forged").add("channel", "paper")
                .add("a.satisfaction", "5").add("a.recommend", "10");

        assertThat(librarian.post("/staff/s/demo", fields).status()).isEqualTo(403);
    }
}
