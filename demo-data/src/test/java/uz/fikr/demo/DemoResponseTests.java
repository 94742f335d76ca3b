package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DemoResponseTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_json_body_has_the_api_field_names() {
        DemoResponse response = response(new DemoResponse.Answers(4, 9, "reading_room", "Oʻquv zali \"juda\" qulay\n"));

        assertThat(json.readValue(response.toJson(), Map.class)).isEqualTo(Map.of(
                "responseId", "0f8fad5b-d9cb-469f-a165-70867728950e",
                "surveyId", "demo",
                "surveyVersion", 1,
                "channel", "qr",
                "branch", "samarqand-darvoza",
                "respondent", Map.of("readerGroup", "student", "ageBand", "18_24"),
                "answers", Map.of("satisfaction", 4, "recommend", 9, "visited_service", "reading_room",
                        "comment", "Oʻquv zali \"juda\" qulay\n")));
    }

    @Test
    void skipped_answers_are_left_out_of_the_body() {
        DemoResponse response = response(new DemoResponse.Answers(2, 3, null, null));

        assertThat(json.readTree(response.toJson()).get("answers").propertyNames())
                .containsExactly("satisfaction", "recommend");
    }

    @Test
    void every_generated_response_is_valid_json_that_reads_back_to_its_map() {
        for (DemoResponse response : DemoResponses.generate(500, 3)) {
            assertThat(json.readValue(response.toJson(), Map.class)).isEqualTo(response.toRequestBody());
        }
    }

    @Test
    void control_characters_and_backslashes_are_escaped() {
        assertThat(Json.write(Map.of("text", "a\\b\t\u0001"))).isEqualTo("{\"text\":\"a\\\\b\\t\\u0001\"}");
    }

    private static DemoResponse response(DemoResponse.Answers answers) {
        return new DemoResponse(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), "demo", 1, "qr",
                "samarqand-darvoza", new DemoResponse.Respondent("student", "18_24"), answers);
    }
}
