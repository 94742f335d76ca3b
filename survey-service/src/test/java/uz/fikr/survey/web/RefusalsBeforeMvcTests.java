package uz.fikr.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
 * socket: each is answered in problem+json that names what was wrong, never with Tomcat's HTML page or a stack trace.
 * No broker is needed for that.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=127.0.0.1:1"})
class RefusalsBeforeMvcTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        List<Header> chunked = List.of(Header.raw("Host: 127.0.0.1"), Header.raw("Connection: close"),
                Header.raw("Content-Type: application/json"), Header.raw("Transfer-Encoding: chunked"));
        return Stream.of(
                new Refusal("a header of 64 KiB", "GET", "/api/v1/surveys/demo",
                        List.of(Header.of("X-Padding", "p".repeat(64 * 1024))), "", 400, "larger than 8 KiB"),
                new Refusal("a request target of 20,000 characters", "GET", "/api/v1/surveys/demo?q="
                        + "x".repeat(20_000), List.of(), "", 400, "larger than 8 KiB"),
                new Refusal("a broken percent-escape", "GET", "/api/v1/surveys/%ZZ", List.of(), "", 400,
                        "not a valid URI"),
                new Refusal("an encoded slash", "GET", "/api/v1%2Fadmin/surveys", List.of(), "", 400,
                        "not a valid URI"),
                new Refusal("a character a URI cannot hold", "GET", "/api/v1/surveys/a{b", List.of(), "", 400,
                        "Invalid character found in the request target."),
                new Refusal("a chunk size that is not hexadecimal", "POST", "/api/v1/responses", chunked,
                        "zz\r\n{}\r\n0\r\n\r\n", 400, "Invalid chunk header."),
                new Refusal("an invented method", "FOO", "/api/v1/responses", List.of(), "", 400, "HTTP method"),
                new Refusal("a path parameter, refused by the firewall", "GET", "/api/v1/admin;x=y/surveys",
                        List.of(), "", 400, "\";\""),
                new Refusal("a double slash, refused by the firewall", "GET", "/api/v1//admin/surveys", List.of(), "",
                        400, "\"//\""),
                new Refusal("TRACE", "TRACE", "/api/v1/responses", List.of(), "", 405, "TRACE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_request_refused_before_the_application_gets_a_problem_naming_what_was_wrong(Refusal refusal) {
        Reply reply = send(refusal.method(), refusal.target(), refusal.headers(), refusal.body());

        assertThat(reply.status()).isEqualTo(refusal.status());
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("status").asInt()).isEqualTo(refusal.status());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(refusal.says());
        assertThat(reply.text()).doesNotContain("Tomcat", "Exception", "at org.", "at java.", "<html");
    }

    @Test
    void a_readers_browser_refused_by_the_firewall_still_gets_a_page() {
        Reply reply = send("GET", "/s//demo", List.of(Header.of("Accept", "text/html")), "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.text()).doesNotContain("Tomcat", "Exception");
    }

    /** Framed (Host, Connection, Content-Length added) unless the case writes its own head. */
    private Reply send(String method, String target, List<Header> headers, String body) {
        boolean framed = headers.stream().noneMatch(header -> header.line().startsWith("Host:"));
        return RawHttp.exchange(URI.create("http://127.0.0.1:" + port), method, target, headers,
                body.getBytes(StandardCharsets.UTF_8), framed);
    }
}
