package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.Contact;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.form.FormClient.Fields;
import uz.fikr.survey.form.FormClient.Reply;
import uz.fikr.survey.form.HtmlPage.Tag;
import uz.fikr.survey.survey.SurveyCatalog;

/** A browser without JavaScript sends the form: what the reader sees back, and what reaches Kafka. */
@FormServiceTest
class ReaderFormSendingTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SurveyCatalog catalog;

    private PublishedResponses published;
    private FormClient reader;

    @BeforeEach
    void open() {
        FormSurveys.ensurePublished(broker, catalog);
        published = new PublishedResponses(broker);
        reader = new FormClient(port);
    }

    @AfterEach
    void close() {
        published.close();
    }

    @Test
    void a_form_sent_without_javascript_is_thanked_with_303_and_kafka_has_it_with_the_link_s_channel_and_branch() {
        Reply form = reader.get("/s/demo?lang=uz&src=qr&branch=chilonzor");
        Fields fields = form.form().add("a.satisfaction", "4").add("a.recommend", "9")
                .add("a.visited_service", "reading_room").add("a.comment", "Rahmat!\r\nZoʻr");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        Reply sent = reader.post("/s/demo", fields);

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).endsWith("/s/demo/thanks?lang=uz&ref=" + responseId);
        ResponseSubmitted response = published.await(responseId);
        assertThat(response.surveyVersion()).isEqualTo(1);
        assertThat(response.channel()).isEqualTo(Channel.QR);
        assertThat(response.branch()).isEqualTo("chilonzor");
        assertThat(response.enteredBy()).isNull();
        assertThat(response.contact()).isNull();
        assertThat(response.answers()).containsEntry("satisfaction", new AnswerValue.Number(4))
                .containsEntry("recommend", new AnswerValue.Number(9))
                .containsEntry("visited_service", new AnswerValue.Text("reading_room"))
                .containsEntry("comment", new AnswerValue.Text("Rahmat!\nZoʻr"));
        HtmlPage thanks = reader.get(sent.location().substring(sent.location().indexOf("/s/"))).page();
        assertThat(thanks.root().first("h1").text()).isEqualTo("Rahmat!");
        assertThat(thanks.get("reference").text()).isEqualTo(responseId.toString());
        assertThat(thanks.get("reference-title").text()).isEqualTo("Murojaat raqamingiz");
    }

    @Test
    void a_reader_who_leaves_contact_details_with_consent_sends_them_with_the_response() {
        Fields fields = reader.get("/s/demo?lang=en").form().add("a.satisfaction", "2").add("a.recommend", "3")
                .add("contact.name", "Shahnoza").add("contact.email", "shahnoza@kutubxona.uz")
                .add("contact.phone", "").add("contact.consent", "yes");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        Reply sent = reader.post("/s/demo", fields);

        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        assertThat(published.await(responseId).contact())
                .isEqualTo(new Contact("Shahnoza", "shahnoza@kutubxona.uz", null, true));
    }

    @Test
    void contact_details_without_consent_come_back_with_the_consent_named_the_block_open_and_nothing_published() {
        Fields fields = reader.get("/s/demo?lang=ru").form().add("a.satisfaction", "4").add("a.recommend", "8")
                .add("contact.email", "bez-soglasiya@kutubxona.uz");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        Reply refused = reader.post("/s/demo", fields);

        assertThat(refused.status()).isEqualTo(400);
        HtmlPage page = refused.page();
        assertThat(page.get("contact").has("open")).isTrue();
        Tag link = page.get("error-summary").first("a");
        assertThat(link.attr("href")).isEqualTo("#f-contact-consent");
        assertThat(link.text()).startsWith("Я согласен").endsWith("— дайте согласие или не оставляйте контактов");
        assertThat(page.get("f-contact-consent").attr("aria-describedby")).isEqualTo("e-contact-consent");
        assertThat(page.get("f-contact-consent").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.get("f-contact-email").attr("value")).isEqualTo("bez-soglasiya@kutubxona.uz");
        UUID person = sendValidDemoForm();
        assertThat(published.until(person)).extracting(ResponseSubmitted::responseId).doesNotContain(responseId);
    }

    @Test
    void a_bad_e_mail_address_is_named_beside_its_field_without_repeating_it_in_the_message() {
        Fields fields = reader.get("/s/demo?lang=uz").form().add("a.satisfaction", "4").add("a.recommend", "8")
                .add("contact.email", "xato@@pochta").add("contact.consent", "yes");

        HtmlPage page = reader.post("/s/demo", fields).page();

        assertThat(page.get("e-contact-email").text()).contains("Elektron pochta manzili boʻlishi kerak")
                .doesNotContain("xato@@pochta");
        assertThat(page.get("f-contact-email").attr("aria-describedby")).isEqualTo("e-contact-email h-contact");
        assertThat(page.get("f-contact-consent").has("checked")).isTrue();
    }

    @Test
    void a_missing_answer_comes_back_with_400_a_summary_linking_to_it_the_message_in_uzbek_and_the_answers_kept() {
        Fields fields = reader.get("/s/demo?lang=uz").form().add("a.recommend", "7").add("a.comment", "Kitoblar koʻp");

        Reply refused = reader.post("/s/demo", fields);

        assertThat(refused.status()).isEqualTo(400);
        HtmlPage page = refused.page();
        assertThat(page.root().first("title").text()).startsWith("Xato:");
        Tag summary = page.get("error-summary");
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.first("h2").text()).contains("Iltimos, quyidagi javoblarni tekshiring");
        Tag link = summary.first("a");
        assertThat(link.attr("href")).isEqualTo("#f-satisfaction");
        assertThat(link.text()).startsWith("Bugun kutubxonadan qanchalik mamnun boʻldingiz?")
                .endsWith("— javob berilishi shart");
        assertThat(page.get("e-satisfaction").text()).isEqualTo("⚠ Xato: Javob berilishi shart");
        assertThat(page.get("q-satisfaction").attr("aria-describedby")).contains("e-satisfaction");
        assertThat(page.get("f-satisfaction").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.get("f-recommend-7").has("checked")).isTrue();
        assertThat(page.get("f-comment").text()).isEqualTo("Kitoblar koʻp");
        assertThat(page.root().find(tag -> "responseId".equals(tag.attr("name"))).getFirst().attr("value"))
                .isEqualTo(fields.value("responseId"));
    }

    @Test
    void the_same_refusal_reads_in_russian_with_lang_ru() {
        Fields fields = reader.get("/s/demo?lang=ru").form().add("a.recommend", "7");

        HtmlPage page = reader.post("/s/demo", fields).page();

        assertThat(page.root().first("html").attr("lang")).isEqualTo("ru");
        assertThat(page.get("error-summary").first("h2").text()).contains("Пожалуйста, проверьте эти ответы");
        assertThat(page.get("error-summary").first("a").text())
                .isEqualTo("Насколько вы довольны библиотекой сегодня? (1 – совсем не доволен, 5 – очень доволен)"
                        + " — нужен ответ");
        assertThat(page.get("e-satisfaction").text()).isEqualTo("⚠ Ошибка: Нужен ответ");
    }

    @Test
    void a_filled_in_field_for_robots_is_thanked_but_nothing_is_published() {
        Fields robot = reader.get("/s/demo").form().add("a.satisfaction", "5").add("a.recommend", "10")
                .add("website", "https://spam.example");
        UUID robotId = UUID.fromString(robot.value("responseId"));

        Reply reply = reader.post("/s/demo", robot);

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.location()).contains("/s/demo/thanks");
        UUID person = sendValidDemoForm();
        assertThat(published.until(person)).extracting(ResponseSubmitted::responseId).doesNotContain(robotId);
    }

    @Test
    void answers_to_questions_the_reader_was_not_asked_are_dropped_before_sending() {
        Fields fields = readingHabits().add("a.uses_elibrary", "no").add("a.elibrary_rating", "2")
                .add("a.braille_format", "Qurʼon");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        Reply sent = reader.post("/s/reading-habits", fields);

        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        assertThat(published.await(responseId).answers()).containsEntry("uses_elibrary", new AnswerValue.Text("no"))
                .doesNotContainKeys("elibrary_rating", "braille_format");
    }

    @Test
    void every_answer_type_and_the_profile_travel_with_the_response() {
        Fields fields = readingHabits().add("a.uses_elibrary", "yes").add("a.elibrary_rating", "5")
                .add("a.wanted", "braille").add("a.wanted.other", "Kechki tadbirlar")
                .add("a.braille_format", "Sheʼrlar")
                .add("a.q_staff.minimum", "4").add("a.q_staff.desired", "8").add("a.q_staff.perceived", "6")
                .add("a.recommend", "10").add("readerGroup", "elderly").add("ageBand", "65_plus")
                .add("visitFrequency", "weekly").add("accessibilityNeeds", "large_print")
                .add("accessibilityNeeds", "audio").add("branch", "yunusobod");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        Reply sent = reader.post("/s/reading-habits", fields);

        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        ResponseSubmitted response = published.await(responseId);
        assertThat(response.answers())
                .containsEntry("wanted", new AnswerValue.Choices(List.of("braille", "other")))
                .containsEntry("wanted.other", new AnswerValue.Text("Kechki tadbirlar"))
                .containsEntry("braille_format", new AnswerValue.Text("Sheʼrlar"))
                .containsEntry("room_light", new AnswerValue.Number(4))
                .containsEntry("q_staff", new AnswerValue.Quality(4, 8, 6))
                .containsEntry("recommend", new AnswerValue.Number(10));
        assertThat(response.branch()).isEqualTo("yunusobod");
        assertThat(response.respondent().readerGroup()).isEqualTo("elderly");
        assertThat(response.respondent().ageBand()).isEqualTo("65_plus");
    }

    @Test
    void a_three_column_item_the_reader_cannot_judge_is_sent_as_not_applicable() {
        Fields fields = readingHabits().add("a.uses_elibrary", "no").add("a.q_staff.na", "na");
        UUID responseId = UUID.fromString(fields.value("responseId"));

        reader.post("/s/reading-habits", fields);

        assertThat(published.await(responseId).answers()).containsEntry("q_staff", AnswerValue.NotApplicable.INSTANCE);
    }

    @Test
    void a_three_column_item_with_a_column_missing_asks_for_all_three_in_the_reader_s_language() {
        Fields fields = reader.get("/s/reading-habits?lang=uz").form().add("a.uses_elibrary", "no")
                .add("a.room_light", "3").add("a.room_quiet", "3").add("a.q_staff.minimum", "4");

        HtmlPage page = reader.post("/s/reading-habits", fields).page();

        assertThat(page.get("e-q_staff").text()).contains("1 dan 9 gacha");
        assertThat(page.get("f-q_staff").find(tag -> tag.has("selected")).getFirst().attr("value")).isEqualTo("4");
    }

    @Test
    void a_missing_matrix_line_is_named_in_the_summary_and_beside_that_line() {
        Fields fields = reader.get("/s/reading-habits?lang=en").form().add("a.uses_elibrary", "no")
                .add("a.room_light", "3");

        HtmlPage page = reader.post("/s/reading-habits", fields).page();

        Tag link = page.get("error-summary").first("a");
        assertThat(link.attr("href")).isEqualTo("#f-room_quiet");
        assertThat(link.text()).isEqualTo("Rate the reading room: Quiet — is required");
        assertThat(page.get("q-room_quiet").attr("aria-describedby")).contains("e-room_quiet");
        assertThat(page.get("e-room_quiet").text()).contains("Is required");
    }

    private Fields readingHabits() {
        return reader.get("/s/reading-habits?lang=en").form().add("a.room_light", "4").add("a.room_quiet", "5");
    }

    private UUID sendValidDemoForm() {
        Fields fields = reader.get("/s/demo").form().add("a.satisfaction", "3").add("a.recommend", "6");
        assertThat(reader.post("/s/demo", fields).status()).isEqualTo(303);
        return UUID.fromString(fields.value("responseId"));
    }
}
