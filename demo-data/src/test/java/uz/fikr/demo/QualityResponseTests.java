package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.demo.QualityResponse.ItemAnswer;
import uz.fikr.demo.QualityResponse.Rated;

class QualityResponseTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_json_body_has_the_api_field_names_and_three_columns_or_na_per_item() {
        Map<String, ItemAnswer> items = new LinkedHashMap<>();
        items.put("q_affect_1", new Rated(5, 8, 6));
        items.put("q_place_3", ItemAnswer.NOT_APPLICABLE);
        QualityResponse response = response(
                new QualityResponse.Answers(items, 4, 9, List.of("audiobooks", "wifi_and_sockets"), "Juda qulay"));

        assertThat(response.toJson()).isEqualTo("""
                {"responseId":"0f8fad5b-d9cb-469f-a165-70867728950e","surveyId":"service-quality","surveyVersion":1,\
                "channel":"web","branch":"central","respondent":{"readerGroup":"student","ageBand":"18_24"},\
                "answers":{"q_affect_1":{"minimum":5,"desired":8,"perceived":6},"q_place_3":"na","overall":4,\
                "recommend":9,"wanted_services":["audiobooks","wifi_and_sockets"],"comment":"Juda qulay"}}""");
    }

    @Test
    void no_wanted_services_and_no_comment_are_left_out_of_the_body() {
        QualityResponse response = response(new QualityResponse.Answers(
                Map.of("q_info_1", new Rated(4, 7, 7)), 3, 6, List.of(), null));

        assertThat(json.readTree(response.toJson()).get("answers").propertyNames())
                .containsExactly("q_info_1", "overall", "recommend");
    }

    @Test
    void a_minimum_above_the_desired_level_is_inconsistent() {
        assertThat(new Rated(7, 5, 6).inconsistent()).isTrue();
        assertThat(new Rated(5, 5, 6).inconsistent()).isFalse();
        assertThat(new Rated(4, 7, 2).inconsistent()).isFalse();
    }

    @Test
    void every_generated_response_is_valid_json_that_reads_back_to_its_map() {
        for (QualityResponse response : QualityResponses.generate(500, 3)) {
            assertThat(json.readValue(response.toJson(), Map.class)).isEqualTo(response.toRequestBody());
        }
    }

    private static QualityResponse response(QualityResponse.Answers answers) {
        return new QualityResponse(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), "service-quality", 1,
                "web", "central", new DemoResponse.Respondent("student", "18_24"), answers);
    }
}
