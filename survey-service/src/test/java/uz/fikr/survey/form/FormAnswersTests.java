package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.response.SubmitResponseRequest.Profile;

/** How a posted form becomes the answers of the JSON API. */
class FormAnswersTests {

    private static final SurveyDefinition SURVEY = FormSurveys.readingHabits();

    @Test
    void an_answer_to_a_question_whose_condition_is_not_met_is_dropped_and_so_are_questions_that_depend_on_it() {
        Map<String, JsonNode> answers = FormAnswers.read(SURVEY, form("a.uses_elibrary", "no",
                "a.elibrary_rating", "3", "a.wanted", "audiobooks", "a.braille_format", "Sheʼrlar"));

        assertThat(answers).containsOnlyKeys("uses_elibrary", "wanted");
    }

    @Test
    void answers_are_kept_in_the_order_of_the_questions_with_matrix_lines_under_their_own_ids() {
        Map<String, JsonNode> answers = FormAnswers.read(SURVEY, form("a.comment", "Rahmat", "a.room_quiet", "5",
                "a.uses_elibrary", "yes", "a.elibrary_rating", "4", "a.room_light", "2"));

        assertThat(answers.keySet()).containsExactly("uses_elibrary", "elibrary_rating", "room_light", "room_quiet",
                "comment");
        assertThat(answers.get("room_light").intValue()).isEqualTo(2);
    }

    @Test
    void writing_an_other_answer_chooses_other() {
        Map<String, JsonNode> answers = FormAnswers.read(SURVEY, form("a.wanted", "audiobooks",
                "a.wanted.other", "Kechki tadbirlar"));

        assertThat(answers.get("wanted").toString()).isEqualTo("[\"audiobooks\",\"other\"]");
        assertThat(answers.get("wanted.other").stringValue()).isEqualTo("Kechki tadbirlar");
    }

    @Test
    void a_three_column_item_is_three_numbers_or_not_applicable_and_a_missing_column_stays_missing() {
        assertThat(FormAnswers.read(SURVEY, form("a.q_staff.minimum", "3", "a.q_staff.desired", "7",
                "a.q_staff.perceived", "5")).get("q_staff").toString())
                .isEqualTo("{\"minimum\":3,\"desired\":7,\"perceived\":5}");
        assertThat(FormAnswers.read(SURVEY, form("a.q_staff.minimum", "3", "a.q_staff.na", "na")).get("q_staff")
                .stringValue()).isEqualTo("na");
        assertThat(FormAnswers.read(SURVEY, form("a.q_staff.minimum", "3")).get("q_staff").toString())
                .isEqualTo("{\"minimum\":3}");
        assertThat(FormAnswers.read(SURVEY, form("a.q_staff.minimum", ""))).doesNotContainKey("q_staff");
    }

    @Test
    void a_new_line_typed_in_a_text_box_counts_as_one_character_and_blank_text_is_no_answer() {
        Map<String, JsonNode> answers = FormAnswers.read(SURVEY, form("a.comment", "bir\r\nikki",
                "a.wanted.other", "   "));

        assertThat(answers.get("comment").stringValue()).isEqualTo("bir\nikki");
        assertThat(answers).doesNotContainKeys("wanted", "wanted.other");
    }

    @Test
    void a_number_that_is_not_a_number_is_passed_on_for_the_validator_to_name() {
        assertThat(FormAnswers.read(SURVEY, form("a.room_light", "lots")).get("room_light").stringValue())
                .isEqualTo("lots");
    }

    @Test
    void profile_answers_are_read_only_for_what_the_survey_asks_and_prefer_not_to_say_is_no_answer() {
        Profile profile = FormAnswers.profile(SURVEY, form("readerGroup", "student", "ageBand", "",
                "accessibilityNeeds", "audio", "accessibilityNeeds", "large_print"));
        Profile notAsked = FormAnswers.profile(BuiltInSurveys.demo(), form("readerGroup", "student"));

        assertThat(profile.readerGroup()).isEqualTo("student");
        assertThat(profile.ageBand()).isNull();
        assertThat(profile.accessibilityNeeds()).containsExactly("audio", "large_print");
        assertThat(notAsked.readerGroup()).isNull();
    }

    private static FormValues form(String... namesAndValues) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new FormValues(fields);
    }
}
