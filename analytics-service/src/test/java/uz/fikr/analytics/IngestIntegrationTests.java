package uz.fikr.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.DeadLetters;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.testsupport.ClickHouseTestServer;

/** Kafka → analytics-service → ClickHouse → API, against a real broker and a real ClickHouse server. */
class IngestIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_ingest");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    @Test
    void a_response_delivered_twice_is_counted_once_and_poison_records_are_dead_lettered() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send(ResponseSubmitted.TOPIC, first.toString(), EventJson.write(Fixtures.demoResponse(first, 5)));
        send(ResponseSubmitted.TOPIC, "bad-json", "{\"schemaVersion\":1,".getBytes(StandardCharsets.UTF_8));
        send(ResponseSubmitted.TOPIC, "future", "{\"schemaVersion\":99}".getBytes(StandardCharsets.UTF_8));
        send(ResponseSubmitted.TOPIC, "unknown-question", EventJson.write(unknownQuestion()));
        send(ResponseSubmitted.TOPIC, second.toString(), EventJson.write(Fixtures.demoResponse(second, 2)));
        send(ResponseSubmitted.TOPIC, first.toString(), EventJson.write(Fixtures.demoResponse(first, 5)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode summary = summary();
            assertThat(summary.get("responses").asLong()).isEqualTo(2);
            JsonNode satisfaction = question(summary, "satisfaction");
            assertThat(satisfaction.get("n").asLong()).isEqualTo(2);
            assertThat(satisfaction.get("mean").asDouble()).isEqualTo(3.5);
            assertThat(satisfaction.get("counts").get("5").asLong()).isEqualTo(1);
            assertThat(question(summary, "visited_service").get("counts").get("reading_room").asLong())
                    .isEqualTo(2);
        });

        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters(DeadLetters.topicFor(ResponseSubmitted.TOPIC), 3);
        assertThat(deadLetters).extracting(ConsumerRecord::key)
                .containsExactly("bad-json", "future", "unknown-question");
        assertThat(reasons(deadLetters)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("not a valid ResponseSubmitted"),
                reason -> assertThat(reason).contains("unknown schemaVersion 99"),
                reason -> assertThat(reason).contains("answer for unknown question q_nonexistent"));
    }

    @Test
    void a_survey_published_on_the_survey_topic_is_learned_and_its_responses_counted() throws Exception {
        SurveyDefinition event = new SurveyDefinition("author-meeting", 2, Map.of("uz-Latn", "Muallif bilan uchrashuv",
                "ru", "Встреча с автором", "en", "Meeting the author"), List.of(new Question("liked", QuestionType.RATING,
                true, Map.of("en", "Did you like the meeting?"), "events", null, 1, 5, List.of(), null)));
        UUID responseId = UUID.randomUUID();
        ResponseSubmitted response = new ResponseSubmitted(1, responseId, "author-meeting", 2,
                java.time.Instant.now(), uz.fikr.events.Channel.QR, "central", uz.fikr.events.Respondent.ANONYMOUS,
                Map.of("liked", new uz.fikr.events.AnswerValue.Number(5)));

        send(ResponseSubmitted.TOPIC, responseId.toString(), EventJson.write(response));
        send(SurveyVersion.TOPIC, SurveyVersion.key("author-meeting", 2),
                EventJson.write(SurveyVersion.of(event, uz.fikr.events.survey.SurveyStatus.PUBLISHED, java.time.Instant.now(), "test")));

        // 404 until the survey topic has been read, then counted
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode stats = client().get().uri("/api/v1/surveys/author-meeting/stats").retrieve()
                    .body(JsonNode.class);
            assertThat(stats.get("questions").get(0).get("n").asLong()).isEqualTo(1);
        });
    }

    @Test
    void matrix_items_and_other_text_are_stored_as_answers_and_a_paper_form_names_who_entered_it() throws Exception {
        SurveyDefinition survey = EventJson.read("""
                {"id": "rooms", "version": 1, "title": {"uz-Latn": "Zallar"},
                 "questions": [
                   {"id": "rooms", "type": "matrix", "required": true, "serviceArea": "space", "min": 1, "max": 5,
                    "text": {"uz-Latn": "Zallarni baholang"},
                    "items": [{"id": "light", "text": {"uz-Latn": "Yorugʻlik"}},
                              {"id": "quiet", "text": {"uz-Latn": "Sokinlik"}, "serviceArea": "reading_rooms"}]},
                   {"id": "wanted", "type": "multiple_choice", "serviceArea": "overall", "allowOther": true,
                    "text": {"uz-Latn": "Nima kerak?"},
                    "options": [{"id": "audiobooks", "text": {"uz-Latn": "Audiokitoblar"}}]}
                 ]}""".getBytes(StandardCharsets.UTF_8), SurveyDefinition.class);
        UUID responseId = UUID.randomUUID();
        ResponseSubmitted paper = new ResponseSubmitted(1, responseId, "rooms", 1, java.time.Instant.now(),
                uz.fikr.events.Channel.PAPER, "central", uz.fikr.events.Respondent.ANONYMOUS, Map.of(
                        "light", new uz.fikr.events.AnswerValue.Number(4),
                        "quiet", new uz.fikr.events.AnswerValue.Number(2),
                        "wanted", new uz.fikr.events.AnswerValue.Choices(List.of("other")),
                        "wanted.other", new uz.fikr.events.AnswerValue.Text("Brayl kitoblari")), "dilnoza");

        send(SurveyVersion.TOPIC, SurveyVersion.key("rooms", 1), EventJson.write(SurveyVersion.of(survey,
                uz.fikr.events.survey.SurveyStatus.PUBLISHED, java.time.Instant.now(), "test")));
        send(ResponseSubmitted.TOPIC, responseId.toString(), EventJson.write(paper));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ClickHouseTestServer.shared()
                .query("SELECT channel, entered_by FROM " + DATABASE + ".responses WHERE survey_id = 'rooms' "
                        + "FORMAT TSV").trim()).isEqualTo("paper\tdilnoza"));
        assertThat(ClickHouseTestServer.shared().query("SELECT question_id, service_area, kind FROM " + DATABASE
                + ".answers WHERE survey_id = 'rooms' ORDER BY question_id FORMAT TSV").trim().lines())
                .containsExactly("light\tspace\tnumber", "quiet\treading_rooms\tnumber", "wanted\toverall\tchoices",
                        "wanted.other\toverall\ttext");
    }

    @Test
    void feedback_is_stored_once_however_often_it_is_delivered() throws Exception {
        UUID feedbackId = UUID.randomUUID();
        byte[] json = EventJson.write(Fixtures.feedback(feedbackId, "Wi-Fi ishlamayapti'); DROP TABLE x; --"));
        send(FeedbackSubmitted.TOPIC, feedbackId.toString(), json);
        send(FeedbackSubmitted.TOPIC, feedbackId.toString(), json);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ClickHouseTestServer.shared()
                .query("SELECT uniqExact(feedback_id), any(text) FROM " + DATABASE + ".feedback FORMAT TSV").trim())
                .isEqualTo("1\tWi-Fi ishlamayapti\\'); DROP TABLE x; --"));
    }

    @Test
    void the_analytics_api_answers_only_the_dashboards_login_while_health_stays_open() {
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);
        RestClient wrong = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("dashboard", "guess")).build();

        String refused = anonymous.get().uri("/api/v1/surveys/demo/stats").exchange((request, response) ->
                response.getStatusCode().value() + " " + response.getHeaders().getContentType());
        int guessed = wrong.get().uri("/api/v1/surveys/demo/summary").exchange((request, response) ->
                response.getStatusCode().value());
        int health = anonymous.get().uri("/actuator/health/liveness").exchange((request, response) ->
                response.getStatusCode().value());
        int dashboard = client().get().uri("/api/v1/surveys/demo/summary").exchange((request, response) ->
                response.getStatusCode().value());

        assertThat(refused).isEqualTo("401 application/problem+json");
        assertThat(guessed).isEqualTo(401);
        assertThat(health).isEqualTo(200);
        assertThat(dashboard).isEqualTo(200);
    }

    @Test
    void readiness_reports_kafka_and_clickhouse_up() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = client().get().uri("/actuator/health/readiness").retrieve().body(JsonNode.class);
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("clickHouse").get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
        });
    }

    @Test
    void the_api_is_described_with_openapi_including_the_filters() {
        JsonNode docs = client().get().uri("/v3/api-docs").retrieve().body(JsonNode.class);

        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/surveys/{surveyId}/stats",
                "/api/v1/surveys/{surveyId}/compare", "/api/v1/surveys/{surveyId}/gaps",
                "/api/v1/surveys/{surveyId}/trend", "/api/v1/surveys/{surveyId}/reliability",
                "/api/v1/surveys/{surveyId}/drivers", "/api/v1/surveys/{surveyId}/needs");
        assertThat(docs.get("paths").get("/api/v1/surveys/{surveyId}/stats").get("get").get("parameters"))
                .extracting(parameter -> parameter.get("name").asString())
                .contains("surveyId", "from", "to", "version", "branch", "readerGroup", "ageBand", "channel");
    }

    @Test
    void an_unknown_survey_has_no_summary() {
        var status = client().get().uri("/api/v1/surveys/nope/summary")
                .exchange((request, response) -> response.getStatusCode());
        assertThat(status.value()).isEqualTo(404);
    }

    private static ResponseSubmitted unknownQuestion() {
        ResponseSubmitted valid = Fixtures.demoResponse(UUID.randomUUID(), 3);
        return new ResponseSubmitted(valid.schemaVersion(), valid.responseId(), valid.surveyId(),
                valid.surveyVersion(), valid.receivedAt(), valid.channel(), valid.branch(), valid.respondent(),
                Map.of("q_nonexistent", new uz.fikr.events.AnswerValue.Number(1)));
    }

    private void send(String topic, String key, byte[] value) throws Exception {
        kafka.send(topic, key, value).get();
    }

    private JsonNode summary() {
        return client().get().uri("/api/v1/surveys/demo/summary").retrieve().body(JsonNode.class);
    }

    private static JsonNode question(JsonNode summary, String questionId) {
        for (JsonNode question : summary.get("questions")) {
            if (question.get("questionId").asString().equals(questionId)) {
                return question;
            }
        }
        throw new AssertionError("No question " + questionId + " in " + summary);
    }

    private RestClient client() {
        return AnalyticsIntegrationTest.api(port);
    }
}
