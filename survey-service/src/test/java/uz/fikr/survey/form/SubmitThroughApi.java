package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A valid demo response through the JSON API: a marker to read the responses topic up to. */
final class SubmitThroughApi {

    private SubmitThroughApi() {}

    static void demo(int port, UUID responseId) {
        int status = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/v1/responses")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"responseId": "%s", "surveyId": "demo", "surveyVersion": 1, "channel": "web",
                         "answers": {"satisfaction": 3, "recommend": 6}}""".formatted(responseId))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(202);
    }
}
