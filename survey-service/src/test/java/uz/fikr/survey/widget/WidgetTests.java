package uz.fikr.survey.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.web.client.RestClient;

/** The website widget: its script, its demo page and the CORS rules that let other sites use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true",
            "fikr.surveys.public-url=https://fikr.example.uz", "fikr.limits.submissions-per-minute=5"})
@EmbeddedKafka(partitions = 1)
class WidgetTests {

    private static final String LIBRARY_SITE = "https://library.example.uz";

    @LocalServerPort
    int port;

    record Reply(int status, HttpHeaders headers, String body) {}

    @Test
    void a_library_site_may_send_a_response_from_the_browser() {
        Reply preflight = request(HttpMethod.OPTIONS, "/api/v1/responses", headers -> {
            headers.setOrigin(LIBRARY_SITE);
            headers.setAccessControlRequestMethod(HttpMethod.POST);
            headers.set(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type");
        });

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().getAccessControlAllowOrigin()).isEqualTo(LIBRARY_SITE);
        assertThat(preflight.headers().getAccessControlAllowMethods()).containsExactly(HttpMethod.POST);
        assertThat(preflight.headers().getAccessControlAllowHeaders()).containsExactly("content-type");
        assertThat(preflight.headers().getAccessControlAllowCredentials()).isFalse();
    }

    @Test
    void a_library_site_may_read_a_survey_and_the_retry_after_of_a_refused_response() {
        Reply survey = request(HttpMethod.GET, "/api/v1/surveys/service-quality",
                headers -> headers.setOrigin(LIBRARY_SITE));
        Reply refused = request(HttpMethod.POST, "/api/v1/responses", headers -> {
            headers.setOrigin(LIBRARY_SITE);
            headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        });

        assertThat(survey.headers().getAccessControlAllowOrigin()).isEqualTo(LIBRARY_SITE);
        assertThat(refused.headers().getAccessControlAllowOrigin()).isEqualTo(LIBRARY_SITE);
        assertThat(refused.headers().getAccessControlExposeHeaders()).contains(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void other_sites_may_not_call_the_admin_api_or_send_anything_else_from_a_browser() {
        Reply admin = request(HttpMethod.OPTIONS, "/api/v1/admin/surveys", headers -> {
            headers.setOrigin(LIBRARY_SITE);
            headers.setAccessControlRequestMethod(HttpMethod.POST);
        });
        Reply delete = request(HttpMethod.OPTIONS, "/api/v1/responses", headers -> {
            headers.setOrigin(LIBRARY_SITE);
            headers.setAccessControlRequestMethod(HttpMethod.DELETE);
        });

        assertThat(admin.headers().getAccessControlAllowOrigin()).isNull();
        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.headers().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void the_widget_script_is_served_as_javascript() {
        Reply script = request(HttpMethod.GET, "/widget/fikr-widget.js", headers -> { });

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers().getContentType().getSubtype()).isEqualTo("javascript");
        assertThat(script.body()).contains("attachShadow").contains("/api/v1/responses").contains("'widget'");
    }

    @Test
    void the_demo_page_loads_the_widget_without_any_inline_script() {
        Reply demo = request(HttpMethod.GET, "/widget/demo.html", headers -> { });

        assertThat(demo.status()).isEqualTo(200);
        assertThat(demo.body()).contains("<script src=\"fikr-widget.js\" data-survey=\"website-widget\"")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                .doesNotContain(" style=").doesNotContain("<style");
    }

    private Reply request(HttpMethod method, String path, Consumer<HttpHeaders> headers) {
        return RestClient.create().method(method).uri(URI.create("http://127.0.0.1:" + port + path))
                .headers(headers)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
