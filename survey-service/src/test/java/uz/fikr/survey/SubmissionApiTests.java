package uz.fikr.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.Contact;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.survey.SurveyCatalog;

/** The public submission API over HTTP, against a real Kafka broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true"})
@EmbeddedKafka(partitions = 1)
class SubmissionApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    private Consumer<String, byte[]> topics;

    @Autowired
    SurveyCatalog catalog;

    @BeforeEach
    void readTopics() {
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.find("demo").isPresent());
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        topics = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        topics.subscribe(List.of(ResponseSubmitted.TOPIC, FeedbackSubmitted.TOPIC));
        while (topics.assignment().isEmpty()) {
            topics.poll(Duration.ofMillis(100));
        }
        // "latest" is looked up after the assignment; wait for it, or a record sent meanwhile is skipped
        topics.assignment().forEach(topics::position);
    }

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void a_valid_response_is_acknowledged_with_its_id_after_kafka_has_it() {
        UUID id = UUID.randomUUID();

        Reply reply = post("/api/v1/responses", response(id, 4));

        assertThat(reply.status().value()).isEqualTo(202);
        assertThat(reply.body().get("responseId").asString()).isEqualTo(id.toString());
        List<ConsumerRecord<String, byte[]>> published = drain(1);
        assertThat(published).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(ResponseSubmitted.TOPIC);
            assertThat(record.key()).isEqualTo(id.toString());
            ResponseSubmitted event = EventJson.read(record.value(), ResponseSubmitted.class);
            assertThat(event.schemaVersion()).isEqualTo(1);
            assertThat(event.receivedAt()).isNotNull();
            assertThat(event.branch()).isEqualTo("yunusobod");
        });
    }

    @Test
    void an_invalid_response_gets_a_problem_naming_each_bad_field_and_nothing_is_published() {
        String body = response(UUID.randomUUID(), 9).replace("\"recommend\": 8", "\"recommend\": \"lots\"");

        Reply reply = post("/api/v1/responses", body);

        assertThat(reply.status().value()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("answers.satisfaction", "answers.recommend");
        assertThat(reply.body().get("detail").asString()).contains("answers.satisfaction: must be a whole number");
        assertThat(drain(0)).isEmpty();
    }

    @Test
    void malformed_json_and_unknown_fields_are_refused_with_a_clear_problem() {
        Reply truncated = post("/api/v1/responses", "{\"responseId\": \"");
        Reply unknownField = post("/api/v1/responses", response(UUID.randomUUID(), 4).replaceFirst("\\{",
                "{\"isAdmin\": true, "));
        Reply badUuid = post("/api/v1/responses", response(UUID.randomUUID(), 4).replaceFirst(
                "\"responseId\": \"[^\"]+\"", "\"responseId\": \"not-a-uuid\""));

        assertThat(truncated.status().value()).isEqualTo(400);
        assertThat(truncated.body().get("detail").asString()).contains("not valid JSON");
        assertThat(unknownField.status().value()).isEqualTo(400);
        assertThat(unknownField.body().get("errors").get(0).get("field").asString()).isEqualTo("isAdmin");
        assertThat(badUuid.status().value()).isEqualTo(400);
        assertThat(badUuid.body().get("errors").get(0).get("field").asString()).isEqualTo("responseId");
        assertThat(drain(0)).isEmpty();
    }

    @Test
    void feedback_is_acknowledged_after_kafka_has_it_and_empty_feedback_is_refused() {
        UUID id = UUID.randomUUID();
        Reply accepted = post("/api/v1/feedback", """
                {"feedbackId": "%s", "category": "suggestion", "serviceArea": "reading_rooms",
                 "branch": "central", "language": "uz-Latn", "text": "Oʻquv zali kechroq yopilsa yaxshi boʻlardi"}
                """.formatted(id));
        Reply empty = post("/api/v1/feedback", """
                {"feedbackId": "%s", "category": "rant", "text": "   "}""".formatted(UUID.randomUUID()));

        assertThat(accepted.status().value()).isEqualTo(202);
        assertThat(drain(1)).singleElement().satisfies(record -> assertThat(
                EventJson.read(record.value(), FeedbackSubmitted.class).text()).startsWith("Oʻquv zali"));
        assertThat(empty.status().value()).isEqualTo(400);
        assertThat(empty.body().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("category", "text");
    }

    @Test
    void feedback_and_responses_may_carry_a_contact_given_with_consent_and_kafka_gets_it_with_them() {
        UUID feedbackId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        Reply feedback = post("/api/v1/feedback", """
                {"feedbackId": "%s", "category": "question", "text": "Kitobni uzaytirsa boʻladimi?",
                 "contact": {"name": "Dilnoza", "email": "dilnoza@kutubxona.uz", "consent": true}}
                """.formatted(feedbackId));
        Reply response = post("/api/v1/responses", response(responseId, 2).replaceFirst("\\{",
                "{\"contact\": {\"phone\": \"+998 (90) 111-22-33\", \"consent\": true}, "));

        assertThat(feedback.status().value()).isEqualTo(202);
        assertThat(response.status().value()).isEqualTo(202);
        List<ConsumerRecord<String, byte[]>> published = drain(2);
        assertThat(published).extracting(ConsumerRecord::topic)
                .containsExactlyInAnyOrder(FeedbackSubmitted.TOPIC, ResponseSubmitted.TOPIC);
        for (ConsumerRecord<String, byte[]> record : published) {
            Contact contact = record.topic().equals(FeedbackSubmitted.TOPIC)
                    ? EventJson.read(record.value(), FeedbackSubmitted.class).contact()
                    : EventJson.read(record.value(), ResponseSubmitted.class).contact();
            assertThat(contact).isEqualTo(record.topic().equals(FeedbackSubmitted.TOPIC)
                    ? new Contact("Dilnoza", "dilnoza@kutubxona.uz", null, true)
                    : new Contact(null, null, "+998901112233", true));
        }
    }

    @Test
    void a_contact_without_consent_or_with_a_bad_email_is_refused_naming_the_field_and_nothing_is_published() {
        Reply noConsent = post("/api/v1/feedback", """
                {"feedbackId": "%s", "category": "complaint", "text": "Navbat uzun",
                 "contact": {"email": "no-consent@kutubxona.uz"}}""".formatted(UUID.randomUUID()));
        Reply refusedConsent = post("/api/v1/responses", response(UUID.randomUUID(), 4).replaceFirst("\\{",
                "{\"contact\": {\"email\": \"no-consent@kutubxona.uz\", \"consent\": false}, "));
        Reply badEmail = post("/api/v1/feedback", """
                {"feedbackId": "%s", "category": "complaint", "text": "Navbat uzun",
                 "contact": {"email": "bad-email@@kutubxona", "consent": true}}""".formatted(UUID.randomUUID()));
        Reply consentAsText = post("/api/v1/feedback", """
                {"feedbackId": "%s", "category": "complaint", "text": "Navbat uzun",
                 "contact": {"email": "as-text@kutubxona.uz", "consent": "as-text@kutubxona.uz"}}"""
                .formatted(UUID.randomUUID()));

        assertThat(List.of(noConsent, refusedConsent, badEmail, consentAsText)).allSatisfy(reply -> {
            assertThat(reply.status().value()).isEqualTo(400);
            assertThat(reply.body().toString()).doesNotContain("@kutubxona");
        });
        assertThat(fields(noConsent)).containsExactly("contact.consent");
        assertThat(fields(refusedConsent)).containsExactly("contact.consent");
        assertThat(fields(badEmail)).containsExactly("contact.email");
        assertThat(fields(consentAsText)).containsExactly("contact.consent");
        assertThat(drain(0)).isEmpty();
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void the_demo_survey_can_be_read_as_json_and_an_unknown_one_is_not_found() {
        RestClient client = RestClient.create("http://127.0.0.1:" + port);

        JsonNode demo = client.get().uri("/api/v1/surveys/demo").retrieve().body(JsonNode.class);
        HttpStatusCode missing = client.get().uri("/api/v1/surveys/nope")
                .exchange((request, response) -> response.getStatusCode());

        assertThat(demo.get("questions")).extracting(question -> question.get("id").asString())
                .containsExactly("satisfaction", "recommend", "visited_service", "comment");
        assertThat(missing.value()).isEqualTo(404);
    }

    @Test
    void the_built_in_surveys_are_published_on_the_compacted_survey_topic() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "surveys-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new ArrayList<>();
        try (Consumer<String, byte[]> surveys = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            surveys.subscribe(List.of(SurveyVersion.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && keys.size() < 2) {
                surveys.poll(Duration.ofMillis(200)).forEach(record -> {
                    keys.add(record.key());
                    assertThat(EventJson.read(record.value(), SurveyVersion.class).survey().questions())
                            .isNotEmpty();
                });
            }
        }

        assertThat(keys).contains("demo@1", "service-quality@1");
    }

    static String response(UUID id, int satisfaction) {
        return """
                {"responseId": "%s", "surveyId": "demo", "surveyVersion": 1, "channel": "kiosk",
                 "branch": "yunusobod", "respondent": {"readerGroup": "teacher", "ageBand": "35_54"},
                 "answers": {"satisfaction": %d, "recommend": 8, "visited_service": "reference"}}
                """.formatted(id, satisfaction);
    }

    record Reply(HttpStatusCode status, String contentType, JsonNode body) {}

    private Reply post(String path, String body) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Reply(response.getStatusCode(),
                        String.valueOf(response.getHeaders().getContentType()),
                        JSON.readTree(response.getBody().readAllBytes())));
    }

    private List<ConsumerRecord<String, byte[]>> drain(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(expected == 0 ? 1 : 10).toNanos();
        while (System.nanoTime() < deadline && (expected == 0 || records.size() < expected)) {
            topics.poll(Duration.ofMillis(100)).forEach(records::add);
        }
        return records;
    }
}
