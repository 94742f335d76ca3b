package uz.fikr.survey.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;

/**
 * The abuse limits over HTTP, against a real Kafka broker: 64 KiB bodies (the default) and, to keep the test
 * short, 5 submissions a minute per client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true",
            "fikr.surveys.public-url=https://fikr.example.uz", "fikr.limits.submissions-per-minute=5"})
@EmbeddedKafka(partitions = 1)
class LimitsApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PER_MINUTE = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    WebApplicationContext context;

    private Consumer<String, byte[]> topics;

    @BeforeEach
    void readTopicsOnceTheDemoSurveyIsPublished() {
        await().atMost(Duration.ofSeconds(30)).until(() -> HTTP.send(HttpRequest.newBuilder(
                uri("/api/v1/surveys/demo")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "limits-" + UUID.randomUUID(), false);
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
    void a_70_KiB_body_is_refused_with_413_naming_the_limit_and_nothing_is_published() throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/responses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(response(70 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.get("detail").asString()).contains("64 KiB");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEmpty();
        assertThat(drain(0)).isEmpty();
    }

    @Test
    void a_chunked_70_KiB_body_is_refused_with_413_once_the_limit_is_passed() throws Exception {
        HttpResponse<String> reply = postChunked(response(70 * 1024));

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(reply.body()).get("detail").asString()).contains("64 KiB");
        assertThat(drain(0)).isEmpty();
    }

    @Test
    void a_chunked_60_KiB_body_is_taken_and_malformed_json_is_still_called_malformed() throws Exception {
        HttpResponse<String> accepted = postChunked(response(60 * 1024));
        HttpResponse<String> malformed = postChunked("{\"responseId\": \"");

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void json_that_is_not_strictly_utf8_is_refused_before_parsing_and_nothing_is_published() throws Exception {
        byte[] json = response(0).replace("Rahmat!", "Rahmat@").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(json, (byte) '@');
        byte[] overlong = new byte[json.length + 1];
        System.arraycopy(json, 0, overlong, 0, at);
        overlong[at] = (byte) 0xC0; // an overlong '/': lenient decoders read it as a slash
        overlong[at + 1] = (byte) 0xAF;
        System.arraycopy(json, at + 1, overlong, at + 2, json.length - at - 1);

        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/responses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(overlong))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(reply.body()).get("detail").asString()).contains("not valid UTF-8");
        assertThat(drain(0)).isEmpty();
    }

    @Test
    void a_form_sent_without_its_length_is_refused_with_411() throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(uri("/s/demo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        "a.satisfaction=4&a.recommend=8".getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(411);
        assertThat(drain(0)).isEmpty();
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void one_submission_over_the_limit_gets_429_with_retry_after_while_another_reader_is_still_served()
            throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String busyClient = "203.0.113.7";
        String neighbour = "198.51.100.23";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < PER_MINUTE; i++) {
            statuses.add(submit(mvc, busyClient).getStatus());
        }

        MockHttpServletResponse refused = submit(mvc, busyClient);
        MockHttpServletResponse served = submit(mvc, neighbour);

        assertThat(statuses).containsOnly(202);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60 / PER_MINUTE);
        assertThat(JSON.readTree(refused.getContentAsByteArray()).get("detail").asString())
                .contains("send yours again in");
        assertThat(served.getStatus()).isEqualTo(202);
    }

    @Test
    void a_reader_form_over_the_limit_gets_a_page_in_the_readers_language_not_json() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String library = "192.0.2.44";
        for (int i = 0; i < PER_MINUTE; i++) {
            submitForm(mvc, library);
        }

        MockHttpServletResponse refused = submitForm(mvc, library);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("lang=\"uz-Latn\"").contains("Bir daqiqa kuting");
    }

    private static MockHttpServletResponse submitForm(MockMvc mvc, String remoteAddress) throws Exception {
        return mvc.perform(post("/s/demo").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("a.satisfaction", "4").param("a.recommend", "8")
                        .with(request -> {
                            request.setRemoteAddr(remoteAddress);
                            return request;
                        }))
                .andReturn().getResponse();
    }

    private static MockHttpServletResponse submit(MockMvc mvc, String remoteAddress) throws Exception {
        return mvc.perform(post("/api/v1/responses").contentType(MediaType.APPLICATION_JSON)
                        .content(response(0))
                        .with(request -> {
                            request.setRemoteAddr(remoteAddress);
                            return request;
                        }))
                .andReturn().getResponse();
    }

    /**
     * A response to the demo survey that would be accepted, padded with white space after the JSON object to
     * {@code bytes} bytes (white space is valid there).
     */
    private static String response(int bytes) {
        String json = """
                {"responseId": "%s", "surveyId": "demo", "surveyVersion": 1, "channel": "web",
                 "answers": {"satisfaction": 4, "recommend": 8, "comment": "Rahmat!"}}
                """.formatted(UUID.randomUUID());
        return json + " ".repeat(Math.max(0, bytes - json.length()));
    }

    private HttpResponse<String> postChunked(String body) throws Exception {
        // a body publisher of unknown length: the client sends it with Transfer-Encoding: chunked
        return HTTP.send(HttpRequest.newBuilder(uri("/api/v1/responses")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
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
