package uz.fikr.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.analytics.AnalyticsIntegrationTest;

/**
 * Comments in Uzbek (Latin, with every apostrophe readers type, and Cyrillic), Russian and English travel Kafka →
 * ClickHouse, and {@code GET /api/v1/feedback/themes} gives their terms and phrases with exact counts.
 */
class ThemesIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_themes");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HTML = "O\u2019quv zali <b>shovqinli</b> & \"issiq\" <script>alert(1)</script>";
    private static final Instant NOVEMBER_20 = Instant.parse("2026-11-20T08:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    /** The comments are sent once, by whichever test runs first. */
    private static boolean loaded;
    private static int sent;

    @Test
    void every_apostrophe_readers_type_makes_the_same_uzbek_word_and_counts_are_exact() throws Exception {
        JsonNode readingRooms = group(themes(""), "feedback", "reading_rooms", "complaint");

        assertThat(readingRooms.get("n").asLong()).isEqualTo(6);
        assertThat(items(readingRooms, "terms", "term")).startsWith("o\u02BBquv=6", "zali=6", "ishlamaydi=2",
                "wi-fi=2");
        assertThat(items(readingRooms, "phrases", "phrase")).startsWith("o\u02BBquv zali=6", "wi-fi ishlamaydi=2");
    }

    @Test
    void cyrillic_russian_and_english_comments_give_their_own_terms_and_phrases() throws Exception {
        JsonNode themes = themes("");

        JsonNode answers = group(themes, "answers", "overall", null);
        assertThat(answers.get("n").asLong()).isEqualTo(5);
        assertThat(items(answers, "terms", "term")).startsWith("зали=4", "ўқув=4");
        assertThat(items(answers, "phrases", "phrase")).startsWith("ўқув зали=4");
        JsonNode digital = group(themes, "feedback", "digital", "complaint");
        assertThat(items(digital, "terms", "term")).startsWith("каталог=4", "электронный=4", "работает=2");
        assertThat(items(digital, "phrases", "phrase")).startsWith("электронный каталог=4");
        JsonNode events = group(themes, "feedback", "events", "praise");
        assertThat(items(events, "terms", "term")).startsWith("contest=3", "reading=3", "book=2", "great=2",
                "presentation=2");
        assertThat(items(events, "phrases", "phrase")).startsWith("reading contest=3", "book presentation=2");
    }

    @Test
    void stop_words_and_single_choice_answers_are_never_terms() throws Exception {
        List<String> words = new ArrayList<>();
        for (JsonNode group : themes("").get("groups")) {
            if (!group.get("suppressed").asBoolean()) {
                group.get("terms").forEach(term -> words.add(term.get("term").asString()));
                group.get("phrases").forEach(phrase -> words.addAll(List.of(phrase.get("phrase").asString()
                        .split(" "))));
            }
        }

        assertThat(words).isNotEmpty().doesNotContainAnyElementsOf(List.of("va", "juda", "ва", "жуда", "эса",
                "учун", "не", "и", "это", "в", "очень", "the", "and", "is", "was", "for", "reading_room"));
    }

    @Test
    void a_redelivered_comment_counts_once() throws Exception {
        JsonNode themes = themes("");

        assertThat(group(themes, "feedback", "reading_rooms", "complaint").get("n").asLong()).isEqualTo(6);
        assertThat(group(themes, "answers", "overall", null).get("n").asLong()).isEqualTo(5);
    }

    @Test
    void a_group_of_fewer_than_five_comments_is_suppressed_and_shows_no_words() throws Exception {
        JsonNode staff = group(themes(""), "feedback", "staff", "question");

        assertThat(staff.get("suppressed").asBoolean()).isTrue();
        assertThat(staff.has("n")).isFalse();
        assertThat(staff.has("terms")).isFalse();
        assertThat(staff.has("examples")).isFalse();
    }

    @Test
    void html_in_a_comment_comes_back_unchanged_as_a_json_string() throws Exception {
        load();

        ResponseEntity<String> response = request("?serviceArea=reading_rooms").retrieve().toEntity(String.class);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(response.getBody()).contains(JSON.writeValueAsString(HTML));
        JsonNode examples = group(JSON.readTree(response.getBody()), "feedback", "reading_rooms", "complaint")
                .get("examples");
        assertThat(examples).hasSize(3);
        assertThat(examples.get(0).asString()).isEqualTo(HTML);
    }

    @Test
    void filters_narrow_the_groups_and_the_limit_shortens_the_lists() throws Exception {
        assertThat(groups(themes("?source=answers"))).containsExactly("answers/overall");
        assertThat(groups(themes("?serviceArea=reading_rooms&category=complaint")))
                .containsExactly("feedback/reading_rooms/complaint");
        assertThat(groups(themes("?source=all&surveyId=demo&serviceArea=overall")))
                .containsExactly("answers/overall");
        assertThat(groups(themes("?from=2026-11-21"))).isEmpty();
        assertThat(group(themes("?limit=2"), "feedback", "events", "praise").get("terms")).hasSize(2);
    }

    @Test
    void sql_in_service_area_or_category_is_refused_with_a_problem_naming_it() {
        JsonNode problem = request("?serviceArea={area}&category={category}", "x' OR 1=1 --",
                "complaint') UNION ALL SELECT 1 --").exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(400);
                    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    return JSON.readTree(response.getBody().readAllBytes());
                });

        assertThat(problem.get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("serviceArea", "category");
    }

    @Test
    void the_endpoint_and_its_parameters_are_described_in_the_openapi_document() {
        JsonNode api = AnalyticsIntegrationTest.api(port).get().uri("/v3/api-docs").retrieve()
                .body(JsonNode.class);

        JsonNode parameters = api.get("paths").get("/api/v1/feedback/themes").get("get").get("parameters");
        assertThat(parameters).extracting(parameter -> parameter.get("name").asString())
                .containsExactlyInAnyOrder("source", "serviceArea", "category", "from", "to", "surveyId", "limit");
    }

    private void load() throws Exception {
        if (loaded) {
            return;
        }
        UUID redelivered = UUID.randomUUID();
        feedback(UUID.randomUUID(), "reading_rooms", FeedbackCategory.COMPLAINT, "O\u02BBquv zali juda sovuq");
        feedback(UUID.randomUUID(), "reading_rooms", FeedbackCategory.COMPLAINT, "O'quv zali tor, joy yetishmaydi");
        feedback(redelivered, "reading_rooms", FeedbackCategory.COMPLAINT, "o\u2018quv zali va wi-fi ishlamaydi");
        feedback(UUID.randomUUID(), "reading_rooms", FeedbackCategory.COMPLAINT, "O`quv zali kechqurun yopiq");
        feedback(UUID.randomUUID(), "reading_rooms", FeedbackCategory.COMPLAINT, "O\u02BCquv zali: wi-fi ishlamaydi!");
        feedback(UUID.randomUUID(), "digital", FeedbackCategory.COMPLAINT, "Электронный каталог не работает");
        feedback(UUID.randomUUID(), "digital", FeedbackCategory.COMPLAINT, "Электронный каталог очень медленный");
        feedback(UUID.randomUUID(), "digital", FeedbackCategory.COMPLAINT, "Сайт и электронный каталог не открываются");
        feedback(UUID.randomUUID(), "digital", FeedbackCategory.COMPLAINT, "Это электронный каталог? Он не ищет книги");
        feedback(UUID.randomUUID(), "digital", FeedbackCategory.COMPLAINT, "Wi-Fi в читальном зале не работает");
        feedback(UUID.randomUUID(), "events", FeedbackCategory.PRAISE, "The book presentation was wonderful");
        feedback(UUID.randomUUID(), "events", FeedbackCategory.PRAISE, "Great book presentation and reading contest");
        feedback(UUID.randomUUID(), "events", FeedbackCategory.PRAISE, "I loved the reading contest");
        feedback(UUID.randomUUID(), "events", FeedbackCategory.PRAISE,
                "The reading contest for children is a great idea");
        feedback(UUID.randomUUID(), "events", FeedbackCategory.PRAISE, "More meetings with authors, please!");
        feedback(UUID.randomUUID(), "staff", FeedbackCategory.QUESTION, "Kitobni qanday buyurtma qilsam bo'ladi?");
        feedback(UUID.randomUUID(), "staff", FeedbackCategory.QUESTION, "Как записаться в библиотеку?");
        feedback(redelivered, "reading_rooms", FeedbackCategory.COMPLAINT, "o\u2018quv zali va wi-fi ishlamaydi");
        feedback(UUID.randomUUID(), "reading_rooms", FeedbackCategory.COMPLAINT, HTML);

        UUID resent = UUID.randomUUID();
        comment(resent, "Ўқув зали жуда совуқ");
        comment(UUID.randomUUID(), "Ўқув зали тор ва қоронғи");
        comment(UUID.randomUUID(), "Китоблар эски, ўқув зали эса яхши");
        comment(UUID.randomUUID(), "Интернет секин ишлайди");
        comment(resent, "Ўқув зали жуда совуқ");
        comment(UUID.randomUUID(), "Ўқув зали учун янги стуллар");

        loaded = true;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(counts(themes(""))).isEqualTo(Map.of(
                "answers/overall", 5L, "feedback/digital/complaint", 5L, "feedback/events/praise", 5L,
                "feedback/reading_rooms/complaint", 6L, "feedback/staff/question", -1L)));
    }

    private void feedback(UUID id, String serviceArea, FeedbackCategory category, String text) throws Exception {
        FeedbackSubmitted event = new FeedbackSubmitted(FeedbackSubmitted.SCHEMA_VERSION, id,
                NOVEMBER_20.plusSeconds(sent++), Channel.WEB, "central", category, serviceArea, "uz-Latn", text);
        kafka.send(FeedbackSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    /** A response to the demo survey with a free-text comment and a single choice (whose text is no comment). */
    private void comment(UUID id, String text) throws Exception {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("satisfaction", new AnswerValue.Number(4));
        answers.put("visited_service", new AnswerValue.Text("reading_room"));
        answers.put("comment", new AnswerValue.Text(text));
        ResponseSubmitted event = new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "demo", 1,
                NOVEMBER_20.plusSeconds(sent++), Channel.KIOSK, "central", new Respondent("student", null, Map.of()),
                answers);
        kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    private JsonNode themes(String query) throws Exception {
        load();
        return Objects.requireNonNull(request(query).retrieve().body(JsonNode.class));
    }

    private RestClient.RequestHeadersSpec<?> request(String query, Object... variables) {
        return AnalyticsIntegrationTest.api(port).get().uri("/api/v1/feedback/themes" + query, variables);
    }

    private static JsonNode group(JsonNode themes, String source, String serviceArea, String category) {
        for (JsonNode group : themes.get("groups")) {
            if (name(group).equals(source + "/" + serviceArea + (category == null ? "" : "/" + category))) {
                return group;
            }
        }
        throw new AssertionError("No group " + source + "/" + serviceArea + "/" + category + " in " + themes);
    }

    private static List<String> groups(JsonNode themes) {
        List<String> names = new ArrayList<>();
        themes.get("groups").forEach(group -> names.add(name(group)));
        return names;
    }

    /** n per group, -1 for a suppressed group. */
    private static Map<String, Long> counts(JsonNode themes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        themes.get("groups").forEach(group -> counts.put(name(group),
                group.get("suppressed").asBoolean() ? -1L : group.get("n").asLong()));
        return counts;
    }

    private static String name(JsonNode group) {
        return group.get("source").asString() + "/" + group.get("serviceArea").asString()
                + (group.has("category") ? "/" + group.get("category").asString() : "");
    }

    /** "item=count" in the order the service gives them. */
    private static List<String> items(JsonNode group, String list, String field) {
        List<String> items = new ArrayList<>();
        group.get(list).forEach(item -> items.add(item.get(field).asString() + "=" + item.get("count").asLong()));
        return items;
    }
}
