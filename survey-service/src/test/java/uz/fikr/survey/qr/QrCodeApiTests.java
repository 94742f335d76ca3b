package uz.fikr.survey.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** QR codes and posters over HTTP, for the built-in surveys. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true",
            "fikr.surveys.public-url=https://fikr.example.uz", "fikr.limits.submissions-per-minute=5"})
@EmbeddedKafka(partitions = 1)
class QrCodeApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Reply(int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void demoSurveysArePublished() {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/surveys/demo").status() == 200);
    }

    @Test
    void the_png_code_opens_the_form_from_a_qr_code_at_the_branch() {
        Reply png = get("/s/demo/qr.png?branch=central");

        assertThat(png.status()).isEqualTo(200);
        assertThat(png.headers().getContentType()).hasToString("image/png");
        assertThat(QrDecoding.image(png.body()).getWidth()).isEqualTo(512);
        assertThat(QrDecoding.decodePng(png.body()).getText())
                .isEqualTo("https://fikr.example.uz/s/demo?src=qr&branch=central");
    }

    @Test
    void a_code_without_a_branch_still_says_it_came_from_a_qr_code() {
        Reply png = get("/s/service-quality/qr.png?size=256");

        assertThat(QrDecoding.image(png.body()).getWidth()).isEqualTo(256);
        assertThat(QrDecoding.decodePng(png.body()).getText())
                .isEqualTo("https://fikr.example.uz/s/service-quality?src=qr");
    }

    @Test
    void the_svg_code_reads_as_the_same_link_and_may_be_cached_for_an_hour() {
        Reply svg = get("/s/demo/qr.svg?branch=central");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.headers().getContentType().toString()).startsWith("image/svg+xml");
        assertThat(svg.headers().getCacheControl()).contains("public").contains("max-age=3600");
        assertThat(QrDecoding.decodeSvg(svg.text()).getText())
                .isEqualTo("https://fikr.example.uz/s/demo?src=qr&branch=central");
    }

    @Test
    void a_size_out_of_range_and_a_bad_branch_are_refused_naming_each_parameter() {
        Reply tooSmall = get("/s/demo/qr.png?size=127");
        Reply both = get("/s/demo/qr.png?size=4096&branch=Central%20Library");
        Reply notANumber = get("/s/demo/qr.png?size=big");

        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.headers().getContentType()).hasToString("application/problem+json");
        assertThat(tooSmall.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("size");
        assertThat(both.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("size", "branch");
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void an_unknown_survey_has_no_code_and_no_poster() {
        Reply png = get("/s/no-such-survey/qr.png");
        Reply svg = get("/s/no-such-survey/qr.svg");
        Reply poster = get("/s/no-such-survey/poster");

        assertThat(png.status()).isEqualTo(404);
        assertThat(png.headers().getContentType()).hasToString("application/problem+json");
        assertThat(svg.status()).isEqualTo(404);
        assertThat(poster.status()).isEqualTo(404);
    }

    @Test
    void the_poster_names_the_survey_in_russian_and_shows_the_address_to_type() {
        Reply poster = get("/s/demo/poster?lang=ru&branch=central");
        String html = poster.text();

        assertThat(poster.status()).isEqualTo(200);
        assertThat(html).contains("<html lang=\"ru\"")
                .contains("<h1>Ваше мнение о нашей библиотеке</h1>")
                .contains("Расскажите, что вы думаете, — это займёт 3 минуты")
                .contains("src=\"qr.svg?branch=central\"")
                .contains("alt=\"QR-код, открывающий опрос «Ваше мнение о нашей библиотеке»\"")
                .contains("<p class=\"address\">fikr.example.uz/s/demo</p>");
    }

    @Test
    void the_poster_speaks_uzbek_unless_asked_otherwise_and_needs_no_inline_script_or_style() {
        String uzbek = get("/s/demo/poster").text();
        String english = get("/s/demo/poster?lang=en").text();

        assertThat(uzbek).contains("<html lang=\"uz-Latn\"").contains("<h1>Kutubxonamiz haqida fikringiz</h1>")
                .contains("Fikringizni bildiring");
        assertThat(english).contains("<html lang=\"en\"").contains("Tell us what you think — it takes 3 minutes")
                .contains("No camera? Type this address:");
        assertThat(english).containsPattern("<script src=\"/js/poster.js\" defer(=\"defer\")?></script>")
                .doesNotContain("<style").doesNotContain("style=").doesNotContain("onclick");
    }

    @Test
    void the_poster_in_uzbek_cyrillic_falls_back_to_the_uzbek_title_when_the_survey_has_no_cyrillic_one() {
        String html = get("/s/demo/poster?lang=uz-Cyrl").text();

        assertThat(html).contains("<html lang=\"uz-Cyrl\"").contains("<h1>Kutubxonamiz haqida fikringiz</h1>")
                .contains("Фикрингизни билдиринг — бу атиги 3 дақиқа вақт олади");
    }

    private Reply get(String path) {
        return RestClient.create().get().uri(URI.create("http://127.0.0.1:" + port + path))
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        response.getBody().readAllBytes()));
    }
}
