package uz.fikr.analytics.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.Fixtures;
import uz.fikr.events.Contact;
import uz.fikr.events.DeadLetters;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * A reader's contact travels Kafka → analytics-service → ClickHouse's {@code contacts} table, is exported and erased
 * by the id the reader received, and the erasure reaches ClickHouse (after its mutation) and wins over a contact that
 * arrives later; against a real broker and a real ClickHouse server. The log never holds the contact.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_privacy");
    private static final Contact DILNOZA = new Contact("Dilnoza Yusupova", "dilnoza.export@kutubxona.uz",
            "+998907770011", true);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    @Autowired
    ContactRetention retention;

    @Test
    void feedback_with_a_contact_is_exported_by_its_id_then_erased_for_good_while_its_text_still_counts(
            CapturedOutput output) throws Exception {
        UUID id = UUID.randomUUID();
        send(FeedbackSubmitted.TOPIC, id, EventJson.write(feedback(id, "Wi-Fi zalda ishlamayapti", DILNOZA)));
        await().atMost(Duration.ofSeconds(30)).until(() -> contactRows(id) == 1);

        JsonNode export = privacyApi().get().uri("/api/v1/privacy/{id}", id).retrieve().body(JsonNode.class);

        assertThat(export.get("id").asString()).isEqualTo(id.toString());
        assertThat(export.get("contact").get("name").asString()).isEqualTo("Dilnoza Yusupova");
        assertThat(export.get("contact").get("email").asString()).isEqualTo("dilnoza.export@kutubxona.uz");
        assertThat(export.get("contact").get("phone").asString()).isEqualTo("+998907770011");
        assertThat(export.get("contact").get("consent").asBoolean()).isTrue();
        assertThat(export.get("contact").get("source").asString()).isEqualTo("feedback");
        assertThat(export.get("feedback").get("text").asString()).isEqualTo("Wi-Fi zalda ishlamayapti");
        assertThat(export.get("response").isNull()).isTrue();
        assertThat(export.get("contactErasureRequestedAt").isNull()).isTrue();

        JsonNode erased = privacyApi().delete().uri("/api/v1/privacy/{id}", id).retrieve().body(JsonNode.class);
        JsonNode again = privacyApi().delete().uri("/api/v1/privacy/{id}", id).retrieve().body(JsonNode.class);
        JsonNode after = privacyApi().get().uri("/api/v1/privacy/{id}", id).retrieve().body(JsonNode.class);

        assertThat(erased.get("contactFound").asBoolean()).isTrue();
        assertThat(again.get("id").asString()).isEqualTo(id.toString());
        assertThat(after.get("contact").isNull()).isTrue();
        assertThat(after.get("contactErasureRequestedAt").isNull()).isFalse();
        assertThat(after.get("feedback").get("text").asString()).isEqualTo("Wi-Fi zalda ishlamayapti");
        await().atMost(Duration.ofSeconds(60)).until(() -> contactRows(id) == 0);
        assertThat(count("SELECT count() FROM " + DATABASE + ".feedback WHERE feedback_id = toUUID('" + id + "')"))
                .isEqualTo(1);
        assertThat(api().get().uri("/api/v1/inbox/feedback:{id}", id).retrieve().body(JsonNode.class)
                .get("text").asString()).isEqualTo("Wi-Fi zalda ishlamayapti");
        assertThat(output.getAll()).contains("Contact erasure for reference " + id + " recorded by privacy-officer")
                .doesNotContain("Dilnoza", "dilnoza.export", "7770011");
    }

    @Test
    void an_erasure_asked_for_before_the_contact_arrives_still_wins() throws Exception {
        UUID early = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        JsonNode erased = privacyApi().delete().uri("/api/v1/privacy/{id}", early).retrieve().body(JsonNode.class);
        send(FeedbackSubmitted.TOPIC, early, EventJson.write(feedback(early, "Kitob qaytarish muddati", DILNOZA)));
        send(FeedbackSubmitted.TOPIC, marker, EventJson.write(feedback(marker, "Belgi", DILNOZA)));
        await().atMost(Duration.ofSeconds(30)).until(() -> contactRows(marker) == 1);

        assertThat(erased.get("contactFound").asBoolean()).isFalse();
        assertThat(contactRows(early)).isZero();
        JsonNode export = privacyApi().get().uri("/api/v1/privacy/{id}", early).retrieve().body(JsonNode.class);
        assertThat(export.get("contact").isNull()).isTrue();
        assertThat(export.get("feedback").get("text").asString()).isEqualTo("Kitob qaytarish muddati");
    }

    @Test
    void a_response_s_export_holds_its_contact_and_its_answers_and_the_statistics_never_show_the_contact()
            throws Exception {
        UUID id = UUID.randomUUID();
        ResponseSubmitted answered = Fixtures.demoResponse(id, 4);
        ResponseSubmitted withContact = new ResponseSubmitted(answered.schemaVersion(), id, answered.surveyId(),
                answered.surveyVersion(), answered.receivedAt(), answered.channel(), answered.branch(),
                answered.respondent(), answered.answers(), null,
                new Contact(null, "javob.stats@kutubxona.uz", null, true));
        send(ResponseSubmitted.TOPIC, id, EventJson.write(withContact));
        await().atMost(Duration.ofSeconds(30)).until(() -> contactRows(id) == 1);

        JsonNode export = privacyApi().get().uri("/api/v1/privacy/{id}", id).retrieve().body(JsonNode.class);

        assertThat(export.get("contact").get("email").asString()).isEqualTo("javob.stats@kutubxona.uz");
        assertThat(export.get("contact").get("name").isNull()).isTrue();
        assertThat(export.get("response").get("surveyId").asString()).isEqualTo("demo");
        assertThat(export.get("response").get("readerGroup").asString()).isEqualTo("student");
        assertThat(export.get("response").get("answers").get("satisfaction").asInt()).isEqualTo(4);
        assertThat(export.get("response").get("answers").get("comment").asString())
                .isEqualTo("Oʻquv zalida joy yetishmaydi");
        assertThat(export.get("feedback").isNull()).isTrue();
        for (String read : List.of("/api/v1/surveys/demo/summary", "/api/v1/surveys/demo/stats",
                "/api/v1/inbox?limit=200", "/api/v1/inbox/answer:" + id + ":comment", "/api/v1/feedback/themes")) {
            assertThat(api().get().uri(read).retrieve().body(String.class)).as(read).doesNotContain("javob.stats");
        }
        assertThat(count("SELECT count() FROM system.columns WHERE database = '" + DATABASE
                + "' AND table IN ('answers', 'responses', 'feedback') AND name IN ('email', 'phone', 'name')"))
                .isZero();
    }

    @Test
    void a_record_with_a_contact_that_cannot_be_stored_is_dead_lettered_without_its_contact_and_unlogged(
            CapturedOutput output) throws Exception {
        UUID id = UUID.randomUUID();
        Contact unstorable = new Contact("Jamshid\u0000", "jamshid.dead@kutubxona.uz", null, true);
        send(FeedbackSubmitted.TOPIC, id, EventJson.write(feedback(id, "Oʻchirilgan", unstorable)));
        String broken = "{\"schemaVersion\":1,\"feedbackId\":\"" + UUID.randomUUID() + "\",\"contact\":"
                + "{\"email\":\"jamshid.dead@kutubxona.uz\",\"consent\":\"jamshid.dead@kutubxona.uz\"}}";
        send(FeedbackSubmitted.TOPIC, UUID.randomUUID(), broken.getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters(DeadLetters.topicFor(FeedbackSubmitted.TOPIC),
                2);

        assertThat(reasons(deadLetters)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("contact.name with a control character"),
                reason -> assertThat(reason).startsWith("not a valid FeedbackSubmitted: contact.consent"));
        assertThat(deadLetters).allSatisfy(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("jamshid", "Jamshid")
                    .contains("schemaVersion");
            assertThat(record.headers().lastHeader(DeadLetters.CONTACT_REMOVED_HEADER).value())
                    .isEqualTo("true".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(contactRows(id)).isZero();
        assertThat(output.getAll()).contains("Dead-lettered").doesNotContain("jamshid", "Jamshid");
    }

    @Test
    void only_the_privacy_login_may_export_or_erase_and_it_may_read_nothing_else() {
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);
        String path = "/api/v1/privacy/" + UUID.randomUUID();

        assertThat(status(anonymous, HttpMethod.GET, path)).isEqualTo("401 application/problem+json");
        assertThat(status(anonymous, HttpMethod.DELETE, path)).isEqualTo("401 application/problem+json");
        assertThat(status(api(), HttpMethod.GET, path)).isEqualTo("403 application/problem+json");
        assertThat(status(api(), HttpMethod.DELETE, path)).isEqualTo("403 application/problem+json");
        assertThat(status(privacyApi(), HttpMethod.GET, "/api/v1/surveys/demo/summary"))
                .isEqualTo("403 application/problem+json");
        assertThat(status(privacyApi(), HttpMethod.GET, "/api/v1/inbox")).isEqualTo("403 application/problem+json");
        assertThat(status(privacyApi(), HttpMethod.GET, path)).isEqualTo("404 application/problem+json");
        assertThat(status(privacyApi(), HttpMethod.GET, "/api/v1/privacy/not-a-uuid"))
                .isEqualTo("400 application/problem+json");
        assertThat(status(privacyApi(), HttpMethod.DELETE, "/api/v1/privacy/1-2-3-4-5"))
                .isEqualTo("400 application/problem+json");
    }

    @Test
    void contacts_past_their_retention_are_deleted_by_the_sweep() throws Exception {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Instant twoYearsAgo = Instant.now().minus(730, ChronoUnit.DAYS);
        send(FeedbackSubmitted.TOPIC, old, EventJson.write(new FeedbackSubmitted(1, old, twoYearsAgo,
                uz.fikr.events.Channel.WEB, "central", uz.fikr.events.FeedbackCategory.PRAISE, null, "uz-Latn",
                "Eski", DILNOZA)));
        send(FeedbackSubmitted.TOPIC, recent, EventJson.write(feedback(recent, "Yangi", DILNOZA)));
        await().atMost(Duration.ofSeconds(30)).until(() -> contactRows(old) == 1 && contactRows(recent) == 1);

        retention.sweep();

        await().atMost(Duration.ofSeconds(60)).until(() -> contactRows(old) == 0);
        assertThat(contactRows(recent)).isEqualTo(1);
    }

    /** Feedback received now, so that no retention sweep of another test takes its contact. */
    private static FeedbackSubmitted feedback(UUID id, String text, Contact contact) {
        FeedbackSubmitted plain = Fixtures.feedback(id, text);
        return new FeedbackSubmitted(plain.schemaVersion(), id, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                plain.channel(), plain.branch(), plain.category(), plain.serviceArea(), plain.language(), text,
                contact);
    }

    private void send(String topic, UUID key, byte[] value) throws Exception {
        kafka.send(topic, key.toString(), value).get();
    }

    /** Contact rows on disk under this id: the rows a mutation must remove. */
    private static long contactRows(UUID id) {
        return count("SELECT count() FROM " + DATABASE + ".contacts WHERE id = toUUID('" + id + "')");
    }

    private static long count(String sql) {
        return Long.parseLong(ClickHouseTestServer.shared().query(sql + " FORMAT TSV").trim());
    }

    private static String status(RestClient client, HttpMethod method, String path) {
        return client.method(method).uri(path).exchange((request, response) ->
                response.getStatusCode().value() + " " + response.getHeaders().getContentType());
    }
}
