package uz.fikr.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** With no broker to take the data, readers are told to retry, promptly, and readiness says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "fikr.security.admin-password=admin-pw"})
@ExtendWith(OutputCaptureExtension.class)
class BrokerDownTests {

    @DynamicPropertySource
    static void noBroker(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
    }

    @LocalServerPort
    int port;

    @Test
    void a_response_gets_503_with_retry_after_within_a_few_seconds_when_kafka_is_down() {
        long started = System.nanoTime();

        var reply = client().post().uri("/api/v1/responses").contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionApiTests.response(UUID.randomUUID(), 5))
                .exchange((request, response) -> new Object[] {response.getStatusCode(),
                    response.getHeaders().getFirst("Retry-After")});
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(((HttpStatusCode) reply[0]).value()).isEqualTo(503);
        assertThat(reply[1]).isEqualTo("5");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void feedback_with_a_contact_that_kafka_cannot_take_gets_503_and_the_contact_stays_out_of_the_log(
            CapturedOutput output) {
        var status = client().post().uri("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"feedbackId": "%s", "category": "complaint", "text": "Navbat uzun",
                         "contact": {"email": "kafka.down@kutubxona.uz", "phone": "+998 71 404 50 30",
                                     "consent": true}}""".formatted(UUID.randomUUID()))
                .exchange((request, response) -> response.getStatusCode());

        assertThat(status.value()).isEqualTo(503);
        assertThat(output.getAll()).contains("not acknowledged by Kafka")
                .doesNotContain("kafka.down@kutubxona.uz", "404 50 30", "+998714045030");
    }

    @Test
    void an_inbox_change_gets_503_with_retry_after_when_kafka_is_down() {
        JsonApi.Reply reply = new JsonApi(port).call(HttpMethod.POST,
                "/api/v1/admin/inbox/feedback:" + UUID.randomUUID() + "/changes", "{\"status\": \"IN_PROGRESS\"}",
                "admin:admin-pw");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.headers().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void readiness_is_down_while_liveness_stays_up() {
        HttpStatusCode readiness = client().get().uri("/actuator/health/readiness")
                .exchange((request, response) -> response.getStatusCode());
        HttpStatusCode liveness = client().get().uri("/actuator/health/liveness")
                .exchange((request, response) -> response.getStatusCode());

        assertThat(readiness.value()).isEqualTo(503);
        assertThat(liveness.value()).isEqualTo(200);
    }

    private RestClient client() {
        // the JDK client: Apache HttpClient (on the test class path) would itself wait out Retry-After and retry
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build();
    }
}
