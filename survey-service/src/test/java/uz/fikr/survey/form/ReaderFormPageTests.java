package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.survey.form.FormClient.Fields;
import uz.fikr.survey.form.FormClient.Reply;
import uz.fikr.survey.form.HtmlPage.Tag;
import uz.fikr.survey.survey.SurveyCatalog;

/** What a browser without JavaScript gets from {@code GET /s/{surveyId}}: structure, languages, text size, 404/410. */
@FormServiceTest
class ReaderFormPageTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SurveyCatalog catalog;

    private FormClient reader;

    @BeforeEach
    void open() {
        FormSurveys.ensurePublished(broker, catalog);
        reader = new FormClient(port);
    }

    @Test
    void every_kind_of_question_is_a_group_with_a_legend_and_every_control_has_a_label() {
        HtmlPage page = reader.get("/s/reading-habits?lang=en").page();

        for (String group : List.of("q-readerGroup", "q-ageBand", "q-visitFrequency", "q-accessibilityNeeds",
                "q-uses_elibrary", "q-elibrary_rating", "q-wanted", "q-rooms", "q-room_light", "q-room_quiet",
                "q-q_staff", "q-recommend")) {
            Tag fieldset = page.get(group);
            assertThat(fieldset.name()).as(group).isEqualTo("fieldset");
            assertThat(fieldset.children().getFirst().name()).as(group + " starts with its legend").isEqualTo("legend");
        }
        assertThat(page.get("q-rooms").first("legend").text()).isEqualTo("Rate the reading room (required)");
        assertThat(page.get("q-room_light").first("legend").text()).isEqualTo("Light");
        assertThat(page.get("q-q_staff").find(tag -> tag.is("label")).stream().map(Tag::text))
                .contains("Minimum: lowest level I accept", "Desired: level I would like",
                        "Perceived: level I get now", "I cannot judge this");
        assertThat(page.labelFor("f-comment").orElseThrow().text()).isEqualTo("Anything else?");
        assertThat(page.get("f-comment").attr("maxlength")).isEqualTo("500");
        assertThat(page.get("h-comment").text()).isEqualTo("You can write up to 500 characters.");
        assertThat(page.labelFor("f-branch").orElseThrow().text()).isEqualTo("Which library are you answering about?");
        assertThat(page.labelFor("f-elibrary_rating-5").orElseThrow().text()).isEqualTo("5 Excellent");
        assertThat(page.labelFor("f-recommend").orElseThrow().text()).isEqualTo("0 Not at all likely");
        assertThat(page.labelFor("f-wanted.other").orElseThrow().text()).isEqualTo("If other, write it here");
        List<Tag> controls = page.get("survey-form").find(tag -> (tag.is("input") || tag.is("select")
                || tag.is("textarea")) && !"hidden".equals(tag.attr("type")) && !"website".equals(tag.attr("id")));
        assertThat(controls).hasSizeGreaterThan(40)
                .allSatisfy(control -> assertThat(page.labelFor(control.attr("id"))).as(control.attr("id"))
                        .isPresent());
    }

    @Test
    void the_contact_block_is_closed_and_empty_until_the_reader_opens_it_and_every_field_has_a_label() {
        HtmlPage page = reader.get("/s/demo?lang=uz-Cyrl").page();

        Tag block = page.get("contact");
        assertThat(block.name()).isEqualTo("details");
        assertThat(block.has("open")).isFalse();
        assertThat(block.first("summary").text()).isEqualTo(
                "Жавобларингиз юзасидан сиз билан боғлансак майлими? (ихтиёрий)");
        assertThat(page.labelFor("f-contact-name").orElseThrow().text()).isEqualTo("Исмингиз (ихтиёрий)");
        assertThat(page.labelFor("f-contact-email").orElseThrow().text()).isEqualTo("Электрон почта манзили");
        assertThat(page.labelFor("f-contact-phone").orElseThrow().text()).isEqualTo("Телефон рақами");
        assertThat(page.labelFor("f-contact-consent").orElseThrow().text()).startsWith("Жавобларим юзасидан");
        assertThat(page.get("f-contact-email").attr("type")).isEqualTo("email");
        assertThat(page.get("f-contact-email").attr("autocomplete")).isEqualTo("email");
        assertThat(page.get("f-contact-phone").attr("type")).isEqualTo("tel");
        assertThat(page.get("f-contact-consent").has("checked")).isFalse();
        assertThat(block.find(tag -> tag.is("input") && tag.attr("value") != null && !tag.attr("value").isEmpty()
                && !"checkbox".equals(tag.attr("type")))).isEmpty();
    }

    @Test
    void a_librarian_entering_a_paper_form_is_not_shown_the_reader_s_contact_block() {
        HtmlPage page = reader.signedInAs("admin", "test-admin").get("/staff/s/demo").page();

        assertThat(page.byId("contact")).isEmpty();
    }

    @Test
    void required_questions_say_so_in_words_and_the_page_names_its_language() {
        HtmlPage page = reader.get("/s/demo?lang=uz").page();

        assertThat(page.root().first("html").attr("lang")).isEqualTo("uz-Latn");
        assertThat(page.get("q-satisfaction").first("legend").text()).endsWith("(majburiy)");
        assertThat(page.get("q-visited_service").first("legend").text()).doesNotContain("majburiy");
        assertThat(page.root().first("button").text()).isEqualTo("Javoblarni yuborish");
    }

    @Test
    void questions_asked_only_after_some_answers_say_when_to_answer_them() {
        HtmlPage page = reader.get("/s/reading-habits?lang=en").page();

        assertThat(page.get("c-elibrary_rating").text())
                .isEqualTo("Answer this only if you answered “Yes” to “Do you use the e-library?”.");
        assertThat(page.get("q-elibrary_rating").attr("aria-describedby")).startsWith("c-elibrary_rating");
        assertThat(page.get("q-elibrary_rating").attr("data-show-if")).isEqualTo("uses_elibrary");
        assertThat(page.get("q-elibrary_rating").attr("data-show-any-of")).isEqualTo("yes");
        assertThat(page.get("c-braille_format").text()).contains("“Braille books”");
    }

    @Test
    void the_closing_day_is_written_the_way_the_reader_s_language_writes_dates() {
        assertThat(reader.get("/s/reading-habits?lang=ru").page().text())
                .contains("Ответы принимаются до 31 декабря 2099");
        assertThat(reader.get("/s/reading-habits?lang=en").page().text())
                .contains("You can answer until December 31, 2099.");
    }

    @Test
    void the_language_comes_from_the_link_then_the_cookie_then_the_browser_then_uzbek() {
        assertThat(lang(new FormClient(port).get("/s/demo"))).isEqualTo("uz-Latn");
        assertThat(lang(new FormClient(port).with("Accept-Language", "de-DE, ru;q=0.8").get("/s/demo")))
                .isEqualTo("ru");
        assertThat(lang(new FormClient(port).with("Accept-Language", "uz-Cyrl-UZ").get("/s/demo")))
                .isEqualTo("uz-Cyrl");

        FormClient chooser = new FormClient(port).with("Accept-Language", "ru");
        Reply chosen = chooser.get("/s/demo?lang=uz-Cyrl");

        assertThat(lang(chosen)).isEqualTo("uz-Cyrl");
        assertThat(chosen.page().root().first("button").text()).isEqualTo("Жавобларни юбориш");
        assertThat(chosen.form().value("lang")).isEqualTo("uz-Cyrl");
        assertThat(lang(chooser.get("/s/demo"))).as("remembered").isEqualTo("uz-Cyrl");
        assertThat(chosen.page().root().find(tag -> tag.is("a") && "ru".equals(tag.attr("hreflang"))).getFirst()
                .attr("href")).isEqualTo("/s/demo?lang=ru");
    }

    @Test
    void a_survey_text_missing_in_the_reader_s_language_is_shown_in_uzbek_and_marked_as_uzbek() {
        HtmlPage page = reader.get("/s/demo?lang=uz-Cyrl").page();

        Tag title = page.root().first("h1");
        assertThat(title.text()).isEqualTo("Kutubxonamiz haqida fikringiz");
        assertThat(title.attr("lang")).isEqualTo("uz-Latn");
    }

    @Test
    void large_text_is_switched_by_a_link_and_remembered_without_javascript() {
        Reply normal = reader.get("/s/demo?lang=en");
        String link = normal.page().get("text-size").attr("href");

        Reply large = reader.get(link);

        assertThat(normal.page().root().first("html").has("class")).isFalse();
        assertThat(link).isEqualTo("/s/demo?lang=en&text=large");
        assertThat(large.page().root().first("html").attr("class")).isEqualTo("large-text");
        assertThat(reader.get("/s/demo").page().root().first("html").attr("class")).isEqualTo("large-text");
        assertThat(large.page().get("text-size").text()).isEqualTo("Normal text");
    }

    @Test
    void an_unknown_survey_is_a_friendly_404_and_a_closed_one_a_410_in_the_reader_s_language() {
        FormSurveys.publish(broker, FormSurveys.readingHabits("closed-habits"), SurveyStatus.CLOSED);
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.closed("closed-habits"));

        Reply unknown = reader.get("/s/no-such-survey?lang=ru");
        Reply closed = reader.get("/s/closed-habits?lang=uz");
        Reply closedPost = reader.post("/s/closed-habits", new Fields().add("lang", "en"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.page().root().first("h1").text()).isEqualTo("Мы не нашли этот опрос");
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.page().root().first("h1").text()).isEqualTo("Bu soʻrovnoma yopilgan");
        assertThat(closedPost.status()).isEqualTo(410);
        assertThat(closedPost.page().root().first("h1").text()).isEqualTo("This survey is closed");
    }

    @Test
    void a_survey_before_its_first_day_says_when_it_opens_and_one_past_its_last_day_is_closed() {
        FormSurveys.publish(broker, FormSurveys.readingHabits("next-year", Instant.parse("2099-01-01T09:00:00Z"),
                null), SurveyStatus.PUBLISHED);
        FormSurveys.publish(broker, FormSurveys.readingHabits("last-year", null, Instant.parse("2001-01-01T00:00:00Z")),
                SurveyStatus.PUBLISHED);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalog.find("next-year").isPresent() && catalog.find("last-year").isPresent());

        Reply upcoming = reader.get("/s/next-year?lang=ru");
        Reply past = reader.get("/s/last-year?lang=en");

        assertThat(upcoming.status()).isEqualTo(404);
        assertThat(upcoming.page().root().first("h1").text()).isEqualTo("Этот опрос ещё не открыт");
        assertThat(upcoming.page().text()).contains("Ответить можно с 1 января 2099");
        assertThat(past.status()).isEqualTo(410);
        assertThat(past.page().root().first("h1").text()).isEqualTo("This survey is closed");
    }

    @Test
    void the_pages_need_no_inline_script_or_style_so_the_content_security_policy_holds() {
        Reply form = reader.get("/s/reading-habits?lang=en");

        assertThat(form.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'").contains("style-src 'self'");
        HtmlPage page = form.page();
        assertThat(page.root().find(tag -> tag.has("style"))).isEmpty();
        assertThat(page.all("style")).isEmpty();
        assertThat(page.all("script")).allSatisfy(script -> assertThat(script.attr("src")).isEqualTo("/js/form.js"));
        assertThat(page.root().find(tag -> tag.element().getAttributeMap().keySet().stream()
                .anyMatch(name -> name.startsWith("on")))).isEmpty();
    }

    @Test
    void a_reader_gets_no_session_only_the_cookies_for_language_and_text_size() {
        Reply form = reader.get("/s/demo?lang=ru&text=large");

        assertThat(form.headers().allValues("Set-Cookie")).hasSize(2)
                .allSatisfy(cookie -> assertThat(cookie).startsWith("fikr_"));
        assertThat(form.form().value("_csrf")).isNull();
    }

    private static String lang(Reply reply) {
        return reply.page().root().first("html").attr("lang");
    }
}
