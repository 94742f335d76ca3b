package uz.fikr.analytics.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.Fixtures;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.DeadLetters;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * Feedback, survey comments and staff's workflow changes travel Kafka → ClickHouse, and {@code /api/v1/inbox} shows
 * each item once with its latest state. Six pieces of feedback (F1-F6) and three comments (R1-R3) arrive a second
 * apart; F1 and R1 twice. Only the workflow test changes R3.
 */
class InboxIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_inbox");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOVEMBER_20 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    /** The data set is sent once, by whichever test runs first. */
    private static boolean loaded;

    @Test
    void feedback_and_free_text_answers_are_new_until_changed_and_single_choices_are_no_comments() throws Exception {
        JsonNode page = page("");

        assertThat(page.get("total").asLong()).isEqualTo(9);
        assertThat(names(page)).containsExactlyInAnyOrder("F1", "F2", "F3", "F4", "F5", "F6", "R1", "R2", "R3");
        JsonNode f1 = find(page, "F1");
        assertThat(f1.get("status").asString()).isEqualTo("NEW");
        assertThat(f1.get("source").asString()).isEqualTo("feedback");
        assertThat(f1.get("receivedAt").asString()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(f1.get("category").asString()).isEqualTo("complaint");
        assertThat(f1.get("assignee").asString()).isEmpty();
        assertThat(f1.get("publicEntry").isNull()).isTrue();
        assertThat(f1.get("changedAt").isNull()).isTrue();
        assertThat(f1.get("surveyId").isNull()).isTrue();
        JsonNode r1 = find(page, "R1");
        assertThat(r1.get("status").asString()).isEqualTo("NEW");
        assertThat(r1.get("itemId").asString()).endsWith(":comment");
        assertThat(List.of(r1.get("source").asString(), r1.get("surveyId").asString(), r1.get("questionId").asString(),
                r1.get("channel").asString(), r1.get("readerGroup").asString(), r1.get("serviceArea").asString(),
                r1.get("text").asString())).containsExactly("answer", "demo", "comment", "kiosk", "student", "overall",
                        "Wi-Fi sekin ishlaydi");
        assertThat(r1.get("surveyVersion").asInt()).isEqualTo(1);
        assertThat(r1.get("category").isNull()).isTrue();
    }

    @Test
    void a_change_moves_an_item_to_in_progress_then_resolved_and_a_redelivered_change_is_one_entry_of_history()
            throws Exception {
        load();
        String r3 = IDS.get("R3");
        assertThat(item(r3).get("status").asString()).isEqualTo("NEW");

        send(change(r3, InboxStatus.IN_PROGRESS, "dilnoza", "Texnik boʻlimga berildi", null, "2026-11-25T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(item(r3).get("status").asString()).isEqualTo("IN_PROGRESS"));
        JsonNode inProgress = item(r3);
        assertThat(inProgress.get("assignee").asString()).isEqualTo("dilnoza");
        assertThat(inProgress.get("note").asString()).isEqualTo("Texnik boʻlimga berildi");
        assertThat(inProgress.get("changedAt").asString()).isEqualTo("2026-11-25T10:00:00Z");

        InboxItemChanged resolved = change(r3, InboxStatus.RESOLVED, "dilnoza", "Printer almashtirildi",
                new YouSaidWeDid("Printer buzuq", "Yangisini qoʻydik", "uz-Latn", false), "2026-11-25T11:00:00Z");
        send(resolved);
        send(resolved);
        await().atMost(Duration.ofSeconds(30)).until(() -> ClickHouseTestServer.shared().query("SELECT count() FROM "
                + DATABASE + ".inbox_changes WHERE change_id = '" + resolved.changeId() + "'").trim().equals("2"));

        JsonNode done = item(r3);
        assertThat(done.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(done.get("note").asString()).isEqualTo("Printer almashtirildi");
        assertThat(done.get("publicEntry").get("published").asBoolean()).isFalse();
        assertThat(done.get("history")).extracting(change -> change.get("status").asString())
                .containsExactly("IN_PROGRESS", "RESOLVED");
        assertThat(done.get("history").get(1).get("changeId").asString()).isEqualTo(resolved.changeId().toString());
    }

    @Test
    void the_latest_change_by_time_wins_even_when_an_older_one_arrives_later() throws Exception {
        load();
        JsonNode f2 = item(IDS.get("F2"));

        assertThat(f2.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(f2.get("assignee").asString()).isEqualTo("bekzod");
        assertThat(f2.get("history")).extracting(change -> change.get("status").asString())
                .containsExactly("NEW", "IN_PROGRESS");
    }

    @Test
    void filters_select_by_state_source_category_branch_and_assignee() throws Exception {
        assertThat(names(page("?status=IN_PROGRESS&source=feedback"))).containsExactly("F6", "F2");
        assertThat(names(page("?status=NEW&source=feedback"))).containsExactly("F3", "F1");
        assertThat(names(page("?status=RESOLVED&source=feedback"))).containsExactly("F5", "F4");
        assertThat(names(page("?source=answer"))).containsExactly("R3", "R2", "R1");
        assertThat(names(page("?category=praise"))).containsExactly("F4");
        assertThat(names(page("?branch=yunusobod"))).containsExactly("F2");
        assertThat(names(page("?assignee=bekzod"))).containsExactly("F2");
        assertThat(names(page("?serviceArea=reading_rooms&from=2026-11-20&to=2026-11-20"))).containsExactly("F3",
                "F1");
        assertThat(names(page("?surveyId=demo&channel=qr"))).containsExactly("R2");
        assertThat(page("?from=2026-11-21").get("total").asLong()).isZero();
    }

    @Test
    void the_text_search_ignores_case_and_takes_quotes_and_injection_strings_literally() throws Exception {
        assertThat(names(search("' OR 1=1 --"))).containsExactly("F2");
        assertThat(names(search("'"))).containsExactly("F2");
        assertThat(names(search("%_\\"))).containsExactly("F3");
        assertThat(names(search("%"))).containsExactly("F3");
        assertThat(names(search("sovuq"))).containsExactly("F1");
        assertThat(names(search("совуқ"))).containsExactly("R2");
        assertThat(search("x') OR 1=1 --").get("total").asLong()).isZero();
    }

    @Test
    void pages_follow_each_other_newest_first_and_the_total_stays_right() throws Exception {
        List<JsonNode> pages = List.of(page("?limit=4"), page("?limit=4&offset=4"), page("?limit=4&offset=8"),
                page("?offset=20"));

        assertThat(pages).extracting(page -> page.get("total").asLong()).containsOnly(9L);
        assertThat(pages).extracting(InboxIntegrationTests::names).containsExactly(List.of("R3", "R2", "R1", "F6"),
                List.of("F5", "F4", "F3", "F2"), List.of("F1"), List.of());
        JsonNode feedback = page("?source=feedback&limit=2&offset=2");
        assertThat(feedback.get("total").asLong()).isEqualTo(6);
        assertThat(names(feedback)).containsExactly("F4", "F3");
    }

    @Test
    void you_said_we_did_lists_only_the_published_entries_of_resolved_items_latest_first() throws Exception {
        load();
        JsonNode entries = getJson("/api/v1/inbox/you-said-we-did").get("entries");

        assertThat(entries).extracting(entry -> name(entry.get("itemId").asString())).containsExactly("R2", "F4");
        JsonNode r2 = entries.get(0);
        assertThat(List.of(r2.get("youSaid").asString(), r2.get("weDid").asString(), r2.get("language").asString(),
                r2.get("changedAt").asString(), r2.get("serviceArea").asString(), r2.get("branch").asString()))
                .containsExactly("Zal sovuq", "Isitish tuzatildi", "uz-Latn", "2026-11-24T10:00:00Z", "overall",
                        "central");
    }

    @Test
    void poison_changes_are_dead_lettered_with_a_reason_and_the_valid_ones_around_them_stored() throws Exception {
        load();
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters(DeadLetters.topicFor(InboxItemChanged.TOPIC),
                3);

        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactly("bad-json", "future", "done");
        assertThat(reasons(deadLetters)).satisfiesExactly(
                reason -> assertThat(reason).startsWith("not a valid InboxItemChanged"),
                reason -> assertThat(reason).contains("unknown schemaVersion 99"),
                reason -> assertThat(reason).startsWith("not a valid InboxItemChanged: status")
                        .contains("NEW, IN_PROGRESS, RESOLVED").doesNotContain("DONE"));
        assertThat(item(IDS.get("F4")).get("status").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void an_unknown_item_is_404_a_malformed_id_400_and_bad_parameters_are_named() throws Exception {
        load();
        assertThat(status("/api/v1/inbox/feedback:" + UUID.randomUUID())).isEqualTo("404 application/problem+json");
        assertThat(status("/api/v1/inbox/" + IDS.get("R1").replace(":comment", ":visited_service")))
                .as("a single choice is no comment").isEqualTo("404 application/problem+json");
        assertThat(status("/api/v1/inbox/comment:42")).isEqualTo("400 application/problem+json");

        JsonNode problem = api().get().uri("/api/v1/inbox?status=done&source=email&limit=500&offset=-1&q=")
                .exchange((request, response) -> JSON.readTree(response.getBody().readAllBytes()));
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("status", "source", "limit", "offset", "q");
    }

    @Test
    void anonymous_callers_are_refused() {
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);

        for (String uri : List.of("/api/v1/inbox", "/api/v1/inbox/you-said-we-did",
                "/api/v1/inbox/feedback:" + UUID.randomUUID())) {
            int status = anonymous.get().uri(uri).exchange((request, response) -> response.getStatusCode().value());
            assertThat(status).as(uri).isEqualTo(401);
        }
    }

    @Test
    void the_endpoints_and_their_parameters_are_described_in_the_openapi_document() {
        JsonNode paths = getJson("/v3/api-docs").get("paths");

        assertThat(paths.propertyNames()).contains("/api/v1/inbox", "/api/v1/inbox/{itemId}",
                "/api/v1/inbox/you-said-we-did");
        assertThat(paths.get("/api/v1/inbox").get("get").get("parameters"))
                .extracting(parameter -> parameter.get("name").asString())
                .containsExactlyInAnyOrder("from", "to", "surveyId", "branch", "channel", "serviceArea", "category",
                        "source", "status", "assignee", "q", "limit", "offset");
    }

    private void load() throws Exception {
        if (loaded) {
            return;
        }
        feedback("F1", "central", FeedbackCategory.COMPLAINT, "reading_rooms", "Oʻquv zali juda SOVUQ");
        feedback("F2", "yunusobod", FeedbackCategory.COMPLAINT, "digital", "Katalog ishlamaydi' OR 1=1 --");
        feedback("F3", "central", FeedbackCategory.SUGGESTION, "reading_rooms", "Talabalarga 100%_\\ chegirma");
        feedback("F4", "central", FeedbackCategory.PRAISE, "events", "Kitob taqdimoti ajoyib boʻldi");
        feedback("F5", "central", FeedbackCategory.QUESTION, "staff", "Shanba kuni ochiqmi?");
        feedback("F6", "central", FeedbackCategory.COMPLAINT, "space", "Hojatxona iflos");
        feedback("F1", "central", FeedbackCategory.COMPLAINT, "reading_rooms", "Oʻquv zali juda SOVUQ");
        comment("R1", Channel.KIOSK, "central", "Wi-Fi sekin ishlaydi");
        comment("R2", Channel.QR, "central", "Ўқув зали СОВУҚ");
        comment("R3", Channel.KIOSK, "sergeli", "Printer ishlamaydi");
        comment("R1", Channel.KIOSK, "central", "Wi-Fi sekin ishlaydi");

        send(change(IDS.get("F2"), InboxStatus.IN_PROGRESS, "bekzod", "", null, "2026-11-21T10:00:00Z"));
        send(change(IDS.get("F2"), InboxStatus.NEW, "", "", null, "2026-11-21T09:00:00Z"));
        String valid = new String(EventJson.write(change(IDS.get("F5"), InboxStatus.IN_PROGRESS, "", "", null,
                "2026-11-21T09:00:00Z")), StandardCharsets.UTF_8);
        kafka.send(InboxItemChanged.TOPIC, "bad-json", "{\"schemaVersion\":1,".getBytes(StandardCharsets.UTF_8)).get();
        kafka.send(InboxItemChanged.TOPIC, "future", "{\"schemaVersion\":99}".getBytes(StandardCharsets.UTF_8)).get();
        kafka.send(InboxItemChanged.TOPIC, "done", valid.replace("IN_PROGRESS", "DONE")
                .getBytes(StandardCharsets.UTF_8)).get();
        send(change(IDS.get("F4"), InboxStatus.RESOLVED, "aziza", "", new YouSaidWeDid("Kitob taqdimotlari yoqdi",
                "Har oy oʻtkazamiz", "uz-Latn", true), "2026-11-22T10:00:00Z"));
        send(change(IDS.get("F5"), InboxStatus.RESOLVED, "aziza", "", new YouSaidWeDid("Shanba", "Ochiqmiz",
                "uz-Latn", false), "2026-11-22T11:00:00Z"));
        send(change(IDS.get("F6"), InboxStatus.RESOLVED, "aziza", "", new YouSaidWeDid("Hojatxona", "Tozalaymiz",
                "uz-Latn", true), "2026-11-22T12:00:00Z"));
        send(change(IDS.get("R2"), InboxStatus.RESOLVED, "aziza", "", new YouSaidWeDid("Zal sovuq",
                "Isitish tuzatildi", "uz-Latn", true), "2026-11-24T10:00:00Z"));
        send(change(IDS.get("F6"), InboxStatus.IN_PROGRESS, "aziza", "Yana shikoyat", new YouSaidWeDid("Hojatxona",
                "Tozalaymiz", "uz-Latn", true), "2026-11-23T09:00:00Z"));
        loaded = true;
        // one partition: once the last change is stored, so is every change before it
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(page0().get("total").asLong()).isEqualTo(9);
            assertThat(item(IDS.get("F6")).get("status").asString()).isEqualTo("IN_PROGRESS");
        });
    }

    /** A piece of feedback named F1…F6, received a second after the one before (a redelivery keeps its time). */
    private void feedback(String name, String branch, FeedbackCategory category, String serviceArea, String text)
            throws Exception {
        UUID id = uuid(name, "feedback:%s");
        FeedbackSubmitted event = new FeedbackSubmitted(FeedbackSubmitted.SCHEMA_VERSION, id, receivedAt(name),
                Channel.WEB, branch, category, serviceArea, "uz-Latn", text);
        kafka.send(FeedbackSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    /** A response to the demo survey, R1…R3, with a comment and a single choice (whose text is no comment). */
    private void comment(String name, Channel channel, String branch, String text) throws Exception {
        UUID id = uuid(name, "answer:%s:comment");
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("visited_service", new AnswerValue.Text("reading_room"));
        answers.put("comment", new AnswerValue.Text(text));
        ResponseSubmitted event = new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "demo", 1,
                receivedAt(name), channel, branch, new Respondent("student", null, Map.of()), answers);
        kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    private static UUID uuid(String name, String itemIdFormat) {
        String existing = IDS.get(name);
        UUID id = existing == null ? UUID.randomUUID() : UUID.fromString(existing.split(":")[1]);
        IDS.put(name, itemIdFormat.formatted(id));
        return id;
    }

    private static Instant receivedAt(String name) {
        int order = List.of("F1", "F2", "F3", "F4", "F5", "F6", "R1", "R2", "R3").indexOf(name);
        return NOVEMBER_20.plusSeconds(order);
    }

    private static InboxItemChanged change(String itemId, InboxStatus status, String assignee, String note,
            YouSaidWeDid entry, String changedAt) {
        return Fixtures.inboxChange(itemId, status, assignee, note, entry, Instant.parse(changedAt));
    }

    private void send(InboxItemChanged change) throws Exception {
        kafka.send(InboxItemChanged.TOPIC, change.itemId(), EventJson.write(change)).get();
    }

    private JsonNode page(String query) throws Exception {
        load();
        return page0(query);
    }

    private JsonNode page0() {
        return page0("");
    }

    private JsonNode page0(String query) {
        return Objects.requireNonNull(getJson("/api/v1/inbox" + query));
    }

    private JsonNode search(String q) throws Exception {
        load();
        return Objects.requireNonNull(api().get().uri("/api/v1/inbox?q={q}", q).retrieve().body(JsonNode.class));
    }

    private JsonNode item(String itemId) {
        return Objects.requireNonNull(api().get().uri("/api/v1/inbox/{id}", itemId).retrieve().body(JsonNode.class));
    }

    private String status(String uri) {
        return api().get().uri(uri).exchange((request, response) ->
                response.getStatusCode().value() + " " + response.getHeaders().getContentType());
    }

    /** The items' names (F1…R3) in the order the API gave them. */
    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(name(item.get("itemId").asString())));
        return names;
    }

    private static String name(String itemId) {
        return IDS.entrySet().stream().filter(entry -> entry.getValue().equals(itemId)).map(Map.Entry::getKey)
                .findFirst().orElse(itemId);
    }

    private static JsonNode find(JsonNode page, String name) {
        for (JsonNode item : page.get("items")) {
            if (item.get("itemId").asString().equals(IDS.get(name))) {
                return item;
            }
        }
        throw new AssertionError("No item " + name + " in " + page);
    }
}
