package uz.fikr.dashboard.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import uz.fikr.dashboard.FakeAnalyticsServer;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.SurveySummaries;

class AnalyticsClientTests {

    private final FakeAnalyticsServer analytics = FakeAnalyticsServer.start();

    @AfterEach
    void stopAnalytics() {
        analytics.close();
    }

    @Test
    void reads_the_summary_of_a_survey() {
        analytics.answer(SurveySummaries.DOCUMENTED_EXAMPLE);

        SurveySummary summary = clientFor(analytics.url(), Duration.ofSeconds(2)).summary("demo");

        assertThat(summary.surveyId()).isEqualTo("demo");
        assertThat(summary.responses()).isEqualTo(42);
        assertThat(summary.questions()).hasSize(4);
        QuestionSummary satisfaction = summary.question("satisfaction").orElseThrow();
        assertThat(satisfaction.n()).isEqualTo(40);
        assertThat(satisfaction.mean()).isEqualTo(4.1);
        assertThat(satisfaction.counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("1", 2L, "2", 3L, "3", 5L, "4", 10L, "5", 20L));
        QuestionSummary visited = summary.question("visited_service").orElseThrow();
        assertThat(visited.mean()).isNull();
        assertThat(visited.count("digital")).isEqualTo(8);
        assertThat(visited.count("never_heard_of")).isZero();
        assertThat(summary.question("comment").orElseThrow().counts()).isEmpty();
    }

    @Test
    void an_error_status_means_analytics_is_unavailable() {
        analytics.failWith(503);

        assertThatThrownBy(() -> clientFor(analytics.url(), Duration.ofSeconds(2)).summary("demo"))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("demo");
    }

    @Test
    void a_body_that_is_no_summary_means_analytics_is_unavailable() {
        analytics.answer("<html>maintenance</html>");

        assertThatThrownBy(() -> clientFor(analytics.url(), Duration.ofSeconds(2)).summary("demo"))
                .isInstanceOf(ServiceException.class);
    }

    @Test
    void an_unreachable_service_means_analytics_is_unavailable() throws IOException {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePortNobodyListensOn());

        assertThatThrownBy(() -> clientFor(nobodyListens, Duration.ofSeconds(2)).summary("demo"))
                .isInstanceOf(ServiceException.class);
    }

    @Test
    void a_slow_service_is_given_up_on_after_the_timeout() {
        analytics.answer(SurveySummaries.demo(1, 0, 0, 0, 0, 1));
        analytics.answerAfter(Duration.ofSeconds(3));
        AnalyticsClient client = clientFor(analytics.url(), Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.summary("demo")).isInstanceOf(ServiceException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void the_dashboard_logs_in_to_analytics_with_its_configured_login() {
        analytics.answer(SurveySummaries.demo(7, 0, 0, 0, 0, 7));

        clientFor(analytics.url(), Duration.ofSeconds(2)).summary("demo");

        assertThat(analytics.lastAuthorization()).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("dashboard:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_trailing_slash_in_the_configured_url_is_harmless() {
        analytics.answer(SurveySummaries.demo(7, 0, 0, 0, 0, 7));

        SurveySummary summary = clientFor(URI.create(analytics.url() + "/"), Duration.ofSeconds(2)).summary("demo");

        assertThat(summary.responses()).isEqualTo(7);
    }

    private static AnalyticsClient clientFor(URI url, Duration timeout) {
        return new AnalyticsClient(RestClient.builder(), new AnalyticsProperties(url, timeout, "dashboard",
                "secret"));
    }

    private static int freePortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
