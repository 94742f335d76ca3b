package uz.fikr.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.demo.DemoResponses;
import uz.fikr.demo.QualityResponses;
import uz.fikr.demo.Submission;
import uz.fikr.testsupport.ClickHouseTestServer;
import uz.fikr.testsupport.ServiceProcess;

/**
 * A reader's answer posted over HTTP to survey-service travels through a real Kafka broker to analytics-service,
 * into a real ClickHouse server, and comes out of the analytics API counted once. Both services run as their own
 * JVMs from the jars that production runs.
 */
class ReaderAnswerTravelsEndToEndTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START = Duration.ofSeconds(90);

    private static EmbeddedKafkaKraftBroker kafka;
    private static ServiceProcess surveyService;
    private static final String DATABASE = "fikr_e2e_" + Long.toHexString(System.nanoTime());
    private static final String ADMIN_PASSWORD = "e2e-" + Long.toHexString(System.nanoTime());
    private static final String PRIVACY_USER = "privacy-officer";
    private static ServiceProcess analyticsService;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheStack() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.getBrokersAsString(),
                "CLICKHOUSE_URL", ClickHouseTestServer.shared().url().toString(),
                "CLICKHOUSE_DATABASE", DATABASE,
                "FIKR_TOPIC_PARTITIONS", "2",
                "FIKR_SEED_DEMO_SURVEYS", "true",
                "FIKR_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "FIKR_STAFF_USER", "librarian", "FIKR_STAFF_PASSWORD", ADMIN_PASSWORD,
                "FIKR_MIN_FILL_TIME", "0s",
                // the demo data come from one address; the per-client limit has tests of its own
                "FIKR_SUBMISSIONS_PER_MINUTE", "0"));
        environment.put("FIKR_ANALYTICS_USER", AnalyticsLogin.USER);
        environment.put("FIKR_ANALYTICS_PASSWORD", AnalyticsLogin.PASSWORD);
        environment.put("FIKR_PRIVACY_USER", PRIVACY_USER);
        environment.put("FIKR_PRIVACY_PASSWORD", ADMIN_PASSWORD);
        surveyService = ServiceProcess.start("survey-service", jar("survey-service"), "SURVEY_SERVICE_PORT",
                environment, "/actuator/health/readiness", START);
        analyticsService = ServiceProcess.start("analytics-service", jar("analytics-service"),
                "ANALYTICS_SERVICE_PORT", environment, "/actuator/health/readiness", START);
    }

    @AfterAll
    static void stopTheStack() {
        if (analyticsService != null) {
            analyticsService.close();
        }
        if (surveyService != null) {
            surveyService.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    @Test
    void a_response_posted_twice_is_counted_once_and_an_invalid_one_is_refused() throws Exception {
        long before = responses();
        UUID responseId = UUID.randomUUID();
        String response = """
                {"responseId": "%s", "surveyId": "demo", "surveyVersion": 1, "channel": "qr", "branch": "central",
                 "respondent": {"readerGroup": "elderly", "ageBand": "65_plus"},
                 "answers": {"satisfaction": 5, "recommend": 10, "visited_service": "lending",
                             "comment": "Katta harfli kitoblar koʻproq boʻlsa"}}""".formatted(responseId);

        HttpResponse<String> first = post(response);
        HttpResponse<String> again = post(response);
        HttpResponse<String> invalid = post(response.replace("\"satisfaction\": 5", "\"satisfaction\": 50")
                .replace(responseId.toString(), UUID.randomUUID().toString()));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(first.body()).get("responseId").asString()).isEqualTo(responseId.toString());
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("answers.satisfaction");
        await().atMost(Duration.ofSeconds(30)).until(() -> responses() == before + 1);
        // both copies of the response have reached ClickHouse by now, or soon: the count must stay put
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> responses() == before + 1);
        JsonNode satisfaction = summary().get("questions").get(0);
        assertThat(satisfaction.get("questionId").asString()).isEqualTo("satisfaction");
        assertThat(satisfaction.get("counts").get("5").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_librarian_publishes_a_template_and_a_reader_answers_its_form_in_uzbek_from_a_qr_code() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(surveyService.url()
                        .resolve("/api/v1/admin/surveys/from-template"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"template\": \"quick-satisfaction\", \"id\": \"chilonzor-2026\", \"publish\": true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<byte[]> poster = http.send(HttpRequest.newBuilder(surveyService.url()
                .resolve("/s/chilonzor-2026/qr.png?branch=chilonzor")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/png");

        HttpResponse<String> form = http.send(HttpRequest.newBuilder(surveyService.url()
                        .resolve("/s/chilonzor-2026?src=qr&branch=chilonzor"))
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile")
                .header("Accept-Language", "uz-UZ,uz;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("lang=\"uz-Latn\"");
        Map<String, String> fields = hiddenFields(form.body());
        fields.put("a.satisfaction", "5");
        fields.put("a.recommend", "9");
        fields.put("a.visited_service", "reading_rooms");
        fields.put("a.comment", "Oʻquv zali juda yorugʻ <b>rahmat</b>");
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(surveyService.url().resolve("/s/chilonzor-2026"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(30)).until(() -> !ClickHouseTestServer.shared().query(
                "SELECT survey_version, channel, branch FROM " + DATABASE + ".responses WHERE survey_id = "
                        + "'chilonzor-2026' FORMAT TabSeparated").isBlank());
        assertThat(ClickHouseTestServer.shared().query("SELECT survey_version, channel, branch FROM " + DATABASE
                + ".responses WHERE survey_id = 'chilonzor-2026' FORMAT TabSeparated").strip())
                .isEqualTo("1\tqr\tchilonzor");
        assertThat(ClickHouseTestServer.shared().query("SELECT text FROM " + DATABASE + ".answers WHERE survey_id = "
                + "'chilonzor-2026' AND question_id = 'comment' FORMAT TabSeparated").strip())
                .isEqualTo("Oʻquv zali juda yorugʻ <b>rahmat</b>");
    }

    @Test
    void contact_details_left_with_feedback_and_on_the_form_are_exported_and_erased_by_the_reader_s_reference()
            throws Exception {
        HttpResponse<String> feedback = http.send(HttpRequest.newBuilder(surveyService.url()
                        .resolve("/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"feedbackId": "%s", "category": "question", "text": "Braille kitoblar bormi?",
                         "contact": {"name": "Malika", "email": "malika.e2e@kutubxona.uz", "consent": true}}"""
                        .formatted(UUID.randomUUID()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(202);
        UUID feedbackId = UUID.fromString(JSON.readTree(feedback.body()).get("feedbackId").asString());
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(surveyService.url().resolve("/s/demo?lang=en"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> fields = hiddenFields(form.body());
        fields.put("a.satisfaction", "2");
        fields.put("a.recommend", "4");
        fields.put("contact.phone", "+998 71 222 33 44");
        fields.put("contact.consent", "yes");
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(surveyService.url().resolve("/s/demo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String thanks = sent.headers().firstValue("Location").orElseThrow();
        UUID reference = UUID.fromString(thanks.substring(thanks.indexOf("ref=") + 4));
        assertThat(http.send(HttpRequest.newBuilder(surveyService.url().resolve(thanks)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains(reference.toString(), "Your reference");

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                privacy("GET", feedbackId).get("contact").get("email").asString().equals("malika.e2e@kutubxona.uz")
                        && privacy("GET", reference).get("contact").get("phone").asString().equals("+998712223344"));
        assertThat(privacy("GET", reference).get("response").get("answers").get("satisfaction").asInt()).isEqualTo(2);
        assertThat(privacy("DELETE", feedbackId).get("contactFound").asBoolean()).isTrue();
        assertThat(privacy("DELETE", reference).get("contactFound").asBoolean()).isTrue();

        JsonNode erased = privacy("GET", feedbackId);
        assertThat(erased.get("contact").isNull()).isTrue();
        assertThat(erased.get("feedback").get("text").asString()).isEqualTo("Braille kitoblar bormi?");
        assertThat(privacy("GET", reference).get("contact").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> ClickHouseTestServer.shared().query("SELECT count() FROM "
                + DATABASE + ".contacts WHERE id IN ('" + feedbackId + "', '" + reference + "') FORMAT TSV")
                .strip().equals("0"));
        assertThat(java.nio.file.Files.readString(surveyService.log())).doesNotContain("malika.e2e", "222 33 44",
                "2223344");
        assertThat(java.nio.file.Files.readString(analyticsService.log())).contains("Contact erasure for reference")
                .doesNotContain("malika.e2e", "2223344");
    }

    /** A reader's export ({@code GET}) or erasure ({@code DELETE}) by the privacy officer. */
    private static JsonNode privacy(String method, UUID reference) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(analyticsService.url()
                        .resolve("/api/v1/privacy/" + reference))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (PRIVACY_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(method + " " + reference + ": " + reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    /** The hidden inputs of a server-rendered form, as a browser would send them back. */
    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(html);
        while (input.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "");
            }
        }
        return fields;
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void with_the_demo_data_every_statistics_endpoint_answers_every_filter_combination() throws Exception {
        List<Submission> demo = new ArrayList<>(DemoResponses.generate(200, 7));
        demo.addAll(QualityResponses.generate(200, 7));
        for (Submission submission : demo) {
            assertThat(post(submission.toJson(), submission.enteredByStaff() ? "librarian:" + ADMIN_PASSWORD : null)
                    .statusCode()).as(submission.toJson()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/surveys/service-quality/stats")
                .get("questions").get(21).get("n").asLong() >= 200);

        List<String> endpoints = List.of("demo/stats", "demo/nps", "demo/compare?question=satisfaction&by=branch",
                "demo/compare?question=visited_service&by=readerGroup", "demo/trend?question=satisfaction&interval=week",
                "service-quality/gaps", "service-quality/reliability", "service-quality/drivers?target=overall",
                "service-quality/needs?by=readerGroup", "service-quality/compare?question=q_place_2&by=ageBand",
                "service-quality/trend?question=overall&interval=month");
        List<String> filters = List.of("", "from=2026-01-01&to=2030-12-31", "version=1", "branch=central",
                "readerGroup=student", "ageBand=18_24", "channel=qr", "branch=central&readerGroup=disability",
                "readerGroup=elderly&channel=kiosk&ageBand=65_plus", "from=2000-01-01&to=2000-01-31");
        int answered = 0;
        for (String endpoint : endpoints) {
            for (String filter : filters) {
                String uri = "/api/v1/surveys/" + endpoint + (filter.isEmpty() ? ""
                        : (endpoint.contains("?") ? "&" : "?") + filter);
                HttpResponse<String> reply = http.send(HttpRequest.newBuilder(analyticsService.url().resolve(uri))
                        .header("Authorization", AnalyticsLogin.header()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(reply.statusCode()).as(uri + " " + reply.body()).isEqualTo(200);
                assertNoFigureForFewerThanFive(JSON.readTree(reply.body()), uri);
                answered++;
            }
        }
        assertThat(answered).isEqualTo(endpoints.size() * filters.size());
        assertThat(http.send(HttpRequest.newBuilder(analyticsService.url().resolve("/api/v1/feedback/themes"))
                .header("Authorization", AnalyticsLogin.header()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }

    /** Wherever a figure says how many respondents it rests on, that number is 0 or at least k = 5. */
    private static void assertNoFigureForFewerThanFive(JsonNode node, String uri) {
        if (node.isObject()) {
            JsonNode n = node.get("n");
            if (n != null && n.isNumber() && !node.path("suppressed").asBoolean(false)) {
                assertThat(n.asLong()).as("n of an unsuppressed figure in " + uri + ": " + node)
                        .satisfiesAnyOf(value -> assertThat(value).isZero(),
                                value -> assertThat(value).isGreaterThanOrEqualTo(5));
            }
            node.values().forEach(child -> assertNoFigureForFewerThanFive(child, uri));
        } else if (node.isArray()) {
            node.forEach(child -> assertNoFigureForFewerThanFive(child, uri));
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(analyticsService.url().resolve(path))
                        .header("Authorization", AnalyticsLogin.header()).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(reply.body());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return post(body, null);
    }

    /** A response, sent with a librarian's login ({@code user:password}) when there is one. */
    private static HttpResponse<String> post(String body, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(surveyService.url().resolve("/api/v1/responses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    login.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long responses() throws Exception {
        return summary().get("responses").asLong();
    }

    private static JsonNode summary() throws Exception {
        URI uri = analyticsService.url().resolve("/api/v1/surveys/demo/summary");
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", AnalyticsLogin.header()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static Path jar(String service) {
        return Path.of(System.getProperty("fikr.jar." + service));
    }
}
