package uz.fikr.survey.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.fikr.survey.inbox.InboxFixtures.changes;
import static uz.fikr.survey.inbox.InboxFixtures.feedbackItem;
import static uz.fikr.survey.inbox.InboxFixtures.resolved;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import uz.fikr.survey.JsonApi;
import uz.fikr.survey.JsonApi.Reply;

/**
 * Readers see the published "you said, we did" entries as JSON and as a page in their language; staff text is shown
 * as text. The first test runs before any entry exists (this class has a context and a broker of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.security.admin-user=editor",
            "fikr.security.admin-password=yousaid-pw"})
@EmbeddedKafka(partitions = 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YouSaidWeDidTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    private JsonApi api;

    @BeforeEach
    void client() {
        api = new JsonApi(port);
    }

    @Test
    @Order(1)
    void with_no_entries_yet_the_page_says_so_kindly() throws Exception {
        HttpResponse<String> page = page("?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nothing here yet.", "Thank you for your ideas!")
                .doesNotContain("id=\"entries\"");
        assertThat(list("").body()).isEmpty();
    }

    @Test
    void published_entries_are_listed_newest_first_and_by_language_without_their_item() {
        resolve(feedbackItem(), "Older: a quiet corner", "Older: a quiet room upstairs", "en", true);
        resolve(feedbackItem(), "Newer: Wi-Fi in the hall", "Newer: a second access point", "en", true);
        resolve(feedbackItem(), "Kechroq yopilsin", "Endi 21:00 gacha ochiq", "uz-Latn", true);
        resolve(feedbackItem(), "Hidden: a draft", "Hidden: not yet", "en", false);

        JsonNode english = list("?lang=en").body();
        JsonNode uzbek = list("?lang=uz").body();

        assertThat(english.valueStream().map(entry -> entry.get("youSaid").asString()).toList())
                .containsSubsequence("Newer: Wi-Fi in the hall", "Older: a quiet corner")
                .noneMatch(text -> text.startsWith("Hidden:") || text.equals("Kechroq yopilsin"));
        assertThat(english.get(0).propertyNames()).containsExactlyInAnyOrder("youSaid", "weDid", "language",
                "updatedAt");
        assertThat(uzbek.valueStream().map(entry -> entry.get("weDid").asString()))
                .contains("Endi 21:00 gacha ochiq");
        assertThat(list("?lang=de").status()).isEqualTo(400);
        assertThat(list("?lang=de").body().get("errors").get(0).get("field").asString()).isEqualTo("lang");
    }

    @Test
    void staff_text_is_shown_as_text_and_never_as_html() throws Exception {
        resolve(feedbackItem(), "<script>alert('said')</script> & <b>bold</b>", "We did <i>this</i>", "en", true);

        String html = page("?lang=en").body();

        assertThat(html).contains("&lt;script&gt;alert(&#39;said&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;",
                "We did &lt;i&gt;this&lt;/i&gt;").doesNotContain("<script>alert", "<b>bold", "<i>this");
        assertThat(list("?lang=en").body().valueStream().map(entry -> entry.get("youSaid").asString()))
                .contains("<script>alert('said')</script> & <b>bold</b>");
    }

    @Test
    void the_page_speaks_the_language_the_reader_chose_and_marks_entries_in_other_languages() throws Exception {
        resolve(feedbackItem(), "Больше розеток", "Поставили 12 розеток", "ru", true);

        HttpResponse<String> russian = page("?lang=ru");
        HttpResponse<String> remembered = page("", "Cookie", "fikr_lang=ru");
        HttpResponse<String> cyrillic = page("", "Accept-Language", "uz-Cyrl-UZ, ru;q=0.5");
        HttpResponse<String> uzbek = page("");

        assertThat(russian.body()).contains("<html lang=\"ru\"", "Вы сказали — мы сделали", "Перейти к списку");
        assertThat(russian.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("fikr_lang=ru"));
        assertThat(remembered.body()).contains("<html lang=\"ru\"");
        assertThat(cyrillic.body()).contains("<html lang=\"uz-Cyrl\"", "Сиз айтдингиз — биз қилдик");
        assertThat(uzbek.body()).contains("<html lang=\"uz-Latn\"", "Siz aytdingiz — biz qildik",
                "<dd lang=\"ru\">Больше розеток</dd>");
    }

    @Test
    void a_restarted_service_rebuilds_the_entries_from_the_topic() {
        String shown = feedbackItem();
        String withdrawn = feedbackItem();
        resolve(shown, "Rebuilt: audiobooks", "Rebuilt: 300 audiobooks", "en", true);
        resolve(withdrawn, "Rebuilt: a café", "Rebuilt: not this year", "en", true);
        assertThat(accepted(changes(withdrawn), InboxFixtures.change(UUID.randomUUID(), "NEW")).status())
                .isEqualTo(202);

        YouSaidWeDidStore restarted = new YouSaidWeDidStore(new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "ignored", false)));
        restarted.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(restarted::caughtUp);
        } finally {
            restarted.stop();
        }

        assertThat(restarted.entry(shown)).hasValueSatisfying(entry -> assertThat(entry.published()).isTrue());
        assertThat(restarted.entry(withdrawn)).hasValueSatisfying(entry -> {
            assertThat(entry.published()).isFalse();
            assertThat(entry.weDid()).isEqualTo("Rebuilt: not this year");
        });
        assertThat(restarted.published("en")).extracting(YouSaidWeDidEntry::itemId).contains(shown)
                .doesNotContain(withdrawn);
    }

    private void resolve(String itemId, String youSaid, String weDid, String language, boolean published) {
        Reply reply = accepted(changes(itemId), resolved(UUID.randomUUID(), youSaid, weDid, language, published));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(202);
    }

    /**
     * Sends a change as the dashboard does: a 503 (Kafka slower than the ack timeout, e.g. on a busy machine's first
     * send to a new topic) is answered by sending the same change, with the same change id, again.
     */
    private Reply accepted(String path, String body) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> admin(path, body), reply -> reply.status() != 503);
    }

    private Reply admin(String path, String body) {
        return api.call(HttpMethod.POST, path, body, "editor:yousaid-pw");
    }

    private Reply list(String query) {
        return api.call(HttpMethod.GET, "/api/v1/you-said-we-did" + query, null, null);
    }

    /** The page as a browser without JavaScript gets it, with any extra headers (name, value, …). */
    private HttpResponse<String> page(String query, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + YouSaidWeDidPage.PATH + query));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
