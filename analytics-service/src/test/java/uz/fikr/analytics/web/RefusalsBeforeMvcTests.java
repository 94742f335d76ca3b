package uz.fikr.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.testsupport.RawHttp;
import uz.fikr.testsupport.RawHttp.Header;
import uz.fikr.testsupport.Reply;

/**
 * Requests that Tomcat or Spring Security's firewall refuse before any controller runs, written byte for byte on a
 * socket, some with the dashboard's login and some without: each is answered in problem+json that names what was
 * wrong, never with Tomcat's HTML page or a stack trace. Neither Kafka nor ClickHouse is needed for that.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=127.0.0.1:1",
            "fikr.clickhouse.url=http://127.0.0.1:1", "fikr.api.user=dashboard", "fikr.api.password=refusals"})
class RefusalsBeforeMvcTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Header LOGIN = Header.of("Authorization", "Basic ZGFzaGJvYXJkOnJlZnVzYWxz");

    @LocalServerPort
    int port;

    record Refusal(String name, String method, String target, List<Header> headers, String body, int status,
            String says) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        String summary = "/api/v1/surveys/demo/summary";
        // a form sent with PUT is read before security, by Spring's form filter
        List<Header> chunkedForm = List.of(Header.raw("Host: 127.0.0.1"), Header.raw("Connection: close"),
                Header.raw("Content-Type: application/x-www-form-urlencoded"),
                Header.raw("Transfer-Encoding: chunked"));
        return Stream.of(
                new Refusal("a header of 64 KiB", "GET", summary, List.of(LOGIN,
                        Header.of("X-Padding", "p".repeat(64 * 1024))), "", 400, "larger than 8 KiB"),
                new Refusal("a broken percent-escape", "GET", "/api/v1/surveys/%ZZ/summary", List.of(LOGIN), "", 400,
                        "not a valid URI"),
                new Refusal("an encoded backslash", "GET", "/api/v1/surveys/demo%5C/summary", List.of(), "", 400,
                        "not a valid URI"),
                new Refusal("a chunk size that is not hexadecimal", "PUT", summary, chunkedForm,
                        "zz\r\na=1\r\n0\r\n\r\n", 400, "Invalid chunk header."),
                new Refusal("an invented method", "FOO", summary, List.of(LOGIN), "", 400, "HTTP method"),
                new Refusal("an encoded semicolon, refused by the firewall", "GET",
                        "/api/v1/surveys/demo%3B/summary", List.of(LOGIN), "", 400, "\"%3B\""),
                new Refusal("TRACE", "TRACE", summary, List.of(LOGIN), "", 405, "TRACE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_request_refused_before_the_application_gets_a_problem_naming_what_was_wrong(Refusal refusal) {
        boolean framed = refusal.headers().stream().noneMatch(header -> header.line().startsWith("Host:"));
        Reply reply = RawHttp.exchange(URI.create("http://127.0.0.1:" + port), refusal.method(), refusal.target(),
                refusal.headers(), refusal.body().getBytes(StandardCharsets.UTF_8), framed);

        assertThat(reply.status()).isEqualTo(refusal.status());
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("status").asInt()).isEqualTo(refusal.status());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(refusal.says());
        assertThat(reply.text()).doesNotContain("Tomcat", "Exception", "at org.", "at java.", "<html");
    }
}
