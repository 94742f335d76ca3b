package uz.fikr.dashboard.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.service.ServiceException;

class AnalyticsClientTests {

    private static final String STATS = "/api/v1/surveys/{surveyId}/stats";
    private static final String DEMO_STATS = "/api/v1/surveys/demo/stats";
    private static final ViewFilter AUTUMN = new ViewFilter("demo", null, LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 11, 29), "central", null);

    /** The part of a {@code stats} answer a page might read. */
    record Stats(String surveyId, long responses) {
    }

    private final FakeApi analytics = FakeApi.start();

    @AfterEach
    void stopAnalytics() {
        analytics.close();
    }

    @Test
    void reads_an_answer_into_the_pages_record_with_the_filter_and_extra_values_as_query() {
        analytics.get(DEMO_STATS, "{\"surveyId\":\"demo\",\"minimumGroupSize\":5,\"responses\":125,"
                + "\"responsesSuppressed\":false,\"questions\":[]}");

        Stats stats = client().get(STATS, AUTUMN, Map.of("question", "satisfaction"), Stats.class, "demo");

        assertThat(stats).isEqualTo(new Stats("demo", 125));
        assertThat(analytics.requests()).singleElement().extracting(FakeApi.Request::query)
                .isEqualTo("from=2026-09-01&to=2026-11-29&branch=central&question=satisfaction");
    }

    @Test
    void a_path_variable_or_query_value_cannot_change_the_request() {
        analytics.get("/api/v1/surveys/../inbox/stats", "{\"surveyId\":\"x\",\"responses\":1}");

        client().get(STATS, AUTUMN, Map.of("question", "q&branch=other"), Stats.class, "../inbox");

        FakeApi.Request request = analytics.requests().getFirst();
        assertThat(request.rawPath()).as("one path segment").isEqualTo("/api/v1/surveys/..%2Finbox/stats");
        assertThat(request.query()).as("one query value")
                .isEqualTo("from=2026-09-01&to=2026-11-29&branch=central&question=q%26branch%3Dother");
    }

    @Test
    void the_dashboard_logs_in_to_analytics_with_its_configured_login() {
        analytics.get(DEMO_STATS, "{\"surveyId\":\"demo\",\"responses\":7}");

        client().get(STATS, AUTUMN, Map.of(), Stats.class, "demo");

        assertThat(analytics.requests().getFirst().authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("dashboard:secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_error_status_becomes_a_service_exception_with_that_status() {
        analytics.on("GET", DEMO_STATS, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        assertThatThrownBy(() -> client().get(STATS, AUTUMN, Map.of(), Stats.class, "demo"))
                .isInstanceOfSatisfying(ServiceException.class, ex -> assertThat(ex.status()).isEqualTo(503))
                .hasMessageContaining(DEMO_STATS);
    }

    @Test
    void a_body_that_is_not_the_expected_json_is_a_service_exception() {
        analytics.get(DEMO_STATS, "<html>maintenance</html>");

        assertThatThrownBy(() -> client().get(STATS, AUTUMN, Map.of(), Stats.class, "demo"))
                .isInstanceOf(ServiceException.class);
    }

    @Test
    void an_unreachable_service_is_a_service_exception() throws IOException {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePortNobodyListensOn());

        assertThatThrownBy(() -> clientFor(nobodyListens, Duration.ofSeconds(2)).get(STATS, AUTUMN, Map.of(),
                Stats.class, "demo")).isInstanceOf(ServiceException.class);
    }

    @Test
    void a_slow_service_is_given_up_on_after_the_timeout() {
        analytics.get(DEMO_STATS, "{\"surveyId\":\"demo\",\"responses\":1}").answerAfter(Duration.ofSeconds(3));
        AnalyticsClient client = clientFor(URI.create(analytics.url()), Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.get(STATS, AUTUMN, Map.of(), Stats.class, "demo"))
                .isInstanceOf(ServiceException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_trailing_slash_in_the_configured_url_is_harmless() {
        analytics.get(DEMO_STATS, "{\"surveyId\":\"demo\",\"responses\":7}");

        Stats stats = clientFor(URI.create(analytics.url() + "/"), Duration.ofSeconds(2)).get(STATS, AUTUMN,
                Map.of(), Stats.class, "demo");

        assertThat(stats.responses()).isEqualTo(7);
    }

    private AnalyticsClient client() {
        return clientFor(URI.create(analytics.url()), Duration.ofSeconds(2));
    }

    private static AnalyticsClient clientFor(URI url, Duration timeout) {
        return new AnalyticsClient(RestClient.builder(), new AnalyticsProperties(url, timeout, "dashboard",
                "secret", timeout));
    }

    private static int freePortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
