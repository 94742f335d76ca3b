package uz.fikr.analytics.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.analytics.AnalyticsIntegrationTest;

/**
 * A known data set travels Kafka → ClickHouse, and the statistics endpoints give the reference values computed
 * independently with SciPy (see StatisticsReferenceTests for the same samples).
 */
class InsightsIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_insights");
    private static final Offset<Double> SIX_DIGITS = within(1e-6);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int[] STUDENTS = {4, 5, 3, 4, 4, 5, 2, 4, 3, 5};
    private static final int[] TEACHERS = {3, 2, 3, 4, 2, 3, 3, 1, 2, 3, 4, 2};
    private static final int[] ELDERLY = {5, 4, 5, 5, 4, 3, 5};
    private static final int[] DISABILITY = {1, 5};
    private static final int[] STUDENT_RECOMMEND = {10, 9, 9, 8, 7, 6, 10, 9, 3, 5};
    /** The rated responses above arrive on this day at branch central; the comments below in October elsewhere. */
    private static final Instant NOVEMBER_29 = Instant.parse("2026-11-29T09:30:00Z");
    private static final Instant OCTOBER_15 = Instant.parse("2026-10-15T07:00:00Z");
    private static final int COMMENTS = 10;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    /** The data set is loaded once, by whichever test runs first. */
    private static boolean loaded;

    @Test
    void stats_give_the_reference_figures_for_everyone_and_for_one_reader_group() throws Exception {
        load();

        JsonNode everyone = question(get("/stats"), "satisfaction");
        JsonNode students = question(get("/stats?readerGroup=student"), "satisfaction");

        assertThat(everyone.get("n").asLong()).isEqualTo(31);
        assertThat(everyone.get("mean").asDouble()).isCloseTo(3.4838709677, SIX_DIGITS);
        assertThat(everyone.get("standardDeviation").asDouble()).isCloseTo(1.2348000578, SIX_DIGITS);
        assertThat(everyone.get("meanInterval").get("lower").asDouble()).isCloseTo(3.0309426499, SIX_DIGITS);
        assertThat(everyone.get("meanInterval").get("upper").asDouble()).isCloseTo(3.9367992856, SIX_DIGITS);
        assertThat(everyone.get("median").asDouble()).isEqualTo(4.0);
        assertThat(everyone.get("topTwoBox").get("count").asLong()).isEqualTo(16);
        assertThat(students.get("n").asLong()).isEqualTo(10);
        assertThat(students.get("meanInterval").get("lower").asDouble()).isCloseTo(3.1886284003, SIX_DIGITS);
        assertThat(students.get("topTwoBox").get("interval").get("lower").asDouble())
                .isCloseTo(0.3967781475, SIX_DIGITS);
        assertThat(students.get("counts").get("5").asLong()).isEqualTo(3);
        assertThat(question(get("/stats?readerGroup=student"), "visited_service").get("shares")
                .get("reading_room").asDouble()).isCloseTo(0.6, SIX_DIGITS);
    }

    @Test
    void a_group_smaller_than_five_is_suppressed_and_shows_no_figure() throws Exception {
        load();

        JsonNode satisfaction = question(get("/stats?readerGroup=disability"), "satisfaction");

        assertThat(satisfaction.get("suppressed").asBoolean()).isTrue();
        assertThat(satisfaction.has("mean")).isFalse();
        assertThat(satisfaction.has("counts")).isFalse();
    }

    @Test
    void nps_gives_the_reference_score_and_interval() throws Exception {
        load();

        JsonNode nps = get("/nps?readerGroup=student").get(0);

        assertThat(nps.get("promoters").asLong()).isEqualTo(5);
        assertThat(nps.get("passives").asLong()).isEqualTo(2);
        assertThat(nps.get("detractors").asLong()).isEqualTo(3);
        assertThat(nps.get("nps").asDouble()).isCloseTo(20, SIX_DIGITS);
        assertThat(nps.get("interval").get("lower").asDouble()).isCloseTo(-34.0324782305, SIX_DIGITS);
    }

    @Test
    void comparing_reader_groups_suppresses_the_small_group_and_its_complement_and_tests_the_rest() throws Exception {
        load();

        JsonNode comparison = get("/compare?question=satisfaction&by=readerGroup");

        assertThat(comparison.get("groups")).extracting(group -> group.get("group").asString() + ":"
                + group.get("suppressed").asBoolean())
                .containsExactly("disability:true", "elderly:true", "student:false", "teacher:false");
        assertThat(comparison.get("groups").get(0).has("n")).isFalse();
        JsonNode test = comparison.get("test");
        assertThat(test.get("name").asString()).isEqualTo("welch");
        assertThat(test.get("statistic").asDouble()).isCloseTo(3.0404476101, SIX_DIGITS);
        assertThat(test.get("pValue").asDouble()).isCloseTo(0.0069369432, within(1e-9));
        assertThat(test.get("effectSize").asDouble()).isCloseTo(1.3159845390, SIX_DIGITS);
        assertThat(comparison.get("statement").asString())
                .isEqualTo("student rate higher than teacher: 3.90 vs 2.67 (Welch's t-test, p = 0.007).");
    }

    @Test
    void comparing_a_single_choice_uses_chi_square() throws Exception {
        load();

        JsonNode test = get("/compare?question=visited_service&by=readerGroup").get("test");

        assertThat(test.get("name").asString()).isEqualTo("chi-square");
        assertThat(test.get("statistic").asDouble()).isCloseTo(2.7641025641, SIX_DIGITS);
        assertThat(test.get("degreesOfFreedom").asDouble()).isEqualTo(1);
        assertThat(test.get("pValue").asDouble()).isCloseTo(0.0964007357648, within(1e-9));
        assertThat(test.get("significant").asBoolean()).isFalse();
    }

    @Test
    void a_period_without_answers_has_n_zero_and_no_figures() throws Exception {
        load();

        JsonNode satisfaction = question(get("/stats?from=2026-11-30&to=2026-12-31"), "satisfaction");

        assertThat(satisfaction.get("n").asLong()).isZero();
        assertThat(satisfaction.has("mean")).isFalse();
    }

    @Test
    void responses_are_counted_once_each_under_the_branch_and_period_filters() throws Exception {
        load();

        long rated = STUDENTS.length + TEACHERS.length + ELDERLY.length + DISABILITY.length;
        assertThat(responses(get("/stats"))).as("rated and comment-only responses").isEqualTo(rated + COMMENTS);
        assertThat(responses(get("/stats?branch=central"))).isEqualTo(rated);
        assertThat(responses(get("/stats?branch=chilonzor"))).as("one of them sent twice").isEqualTo(COMMENTS);
        assertThat(responses(get("/stats?from=2026-10-01&to=2026-10-31"))).isEqualTo(COMMENTS);
        assertThat(responses(get("/stats?from=2026-11-01&to=2026-11-30"))).isEqualTo(rated);
        JsonNode none = get("/stats?from=2026-10-01&to=2026-10-31&branch=central");
        assertThat(responses(none)).isZero();
        assertThat(none.get("responsesSuppressed").asBoolean()).as("no response is not a small group").isFalse();
    }

    @Test
    void a_response_count_smaller_than_five_is_withheld() throws Exception {
        load();

        JsonNode disability = get("/stats?readerGroup=disability");

        assertThat(disability.get("responses").isNull()).isTrue();
        assertThat(disability.get("responsesSuppressed").asBoolean()).isTrue();
        assertThat(get("/stats?readerGroup=elderly").get("responsesSuppressed").asBoolean()).isFalse();
    }

    @Test
    void bad_filters_get_a_problem_naming_each_parameter() {
        JsonNode problem = AnalyticsIntegrationTest.api(port).get()
                .uri("/api/v1/surveys/demo/stats?readerGroup=astronaut&from=2026-13-01&branch={b}&version=0",
                        "x' OR 1=1 --")
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(400);
                    return JSON.readTree(response.getBody().readAllBytes());
                });

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("readerGroup", "from", "branch", "version");
    }

    private void load() throws Exception {
        if (loaded) {
            return;
        }
        int sent = 0;
        sent += send(kafka, "student", STUDENTS, 6);
        sent += send(kafka, "teacher", TEACHERS, 3);
        sent += send(kafka, "elderly", ELDERLY, 0);
        sent += send(kafka, "disability", DISABILITY, 0);
        sendComments();
        int expected = sent;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> question(get("/stats"), "satisfaction").get("n").asLong() == expected);
        loaded = true;
    }

    /**
     * {@link #COMMENTS} responses that answer only the comment question, at branch chilonzor in October; the first
     * is sent again before the last five. One partition keeps the order, so once those five (the only kiosk ones)
     * are counted, the second copy has been stored too.
     */
    private void sendComments() throws Exception {
        List<ResponseSubmitted> comments = new ArrayList<>();
        for (int i = 0; i < COMMENTS; i++) {
            comments.add(new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, UUID.randomUUID(), "demo", 1,
                    OCTOBER_15.plusSeconds(i * 60L), i < COMMENTS / 2 ? Channel.WEB : Channel.KIOSK, "chilonzor",
                    Respondent.ANONYMOUS, Map.of("comment", new AnswerValue.Text("Ko'proq kitob kerak"))));
        }
        comments.add(COMMENTS / 2, comments.getFirst());
        for (ResponseSubmitted comment : comments) {
            kafka.send(ResponseSubmitted.TOPIC, comment.responseId().toString(), EventJson.write(comment)).get();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Long.valueOf(COMMENTS / 2).equals(responses(get("/stats?channel=kiosk"))));
    }

    /** The response count of a stats answer, null when it is withheld. */
    private static @Nullable Long responses(JsonNode stats) {
        JsonNode responses = stats.get("responses");
        return responses.isNull() ? null : responses.asLong();
    }

    private static int send(KafkaTemplate<String, byte[]> kafka, String group, int[] ratings, int readingRoom)
            throws Exception {
        for (int i = 0; i < ratings.length; i++) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            answers.put("satisfaction", new AnswerValue.Number(ratings[i]));
            answers.put("recommend", new AnswerValue.Number(group.equals("student") ? STUDENT_RECOMMEND[i] : 8));
            answers.put("visited_service", new AnswerValue.Text(i < readingRoom ? "reading_room" : "lending"));
            UUID id = UUID.randomUUID();
            ResponseSubmitted event = new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "demo", 1,
                    NOVEMBER_29, Channel.WEB, "central",
                    new Respondent(group, null, Map.of()), answers);
            kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
        }
        return ratings.length;
    }

    private JsonNode get(String path) {
        return AnalyticsIntegrationTest.api(port).get().uri("/api/v1/surveys/demo" + path).retrieve()
                .body(JsonNode.class);
    }

    private static JsonNode question(JsonNode stats, String questionId) {
        for (JsonNode question : stats.get("questions")) {
            if (question.get("questionId").asString().equals(questionId)) {
                return question;
            }
        }
        throw new AssertionError("No " + questionId + " in " + stats);
    }
}
