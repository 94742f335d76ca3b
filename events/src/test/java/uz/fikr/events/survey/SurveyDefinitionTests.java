package uz.fikr.events.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.EventJson;

class SurveyDefinitionTests {

    private static final SurveyDefinition SURVEY = EventJson.read("""
            {"id": "visit", "version": 3, "title": {"uz-Latn": "Tashrif"},
             "questions": [
               {"id": "satisfaction", "type": "rating", "required": true, "serviceArea": "overall",
                "text": {"uz-Latn": "Mamnunmisiz?"}},
               {"id": "why_low", "type": "text", "serviceArea": "overall", "text": {"uz-Latn": "Nega?"},
                "showIf": {"question": "satisfaction", "atMost": 2}},
               {"id": "wanted", "type": "multiple_choice", "serviceArea": "overall", "allowOther": true,
                "text": {"uz-Latn": "Nima kerak?"},
                "options": [{"id": "audiobooks", "text": {"uz-Latn": "Audiokitoblar"}}]},
               {"id": "rooms", "type": "matrix", "required": true, "serviceArea": "space", "min": 1, "max": 5,
                "text": {"uz-Latn": "Zallar"},
                "items": [{"id": "light", "text": {"uz-Latn": "Yorugʻlik"}},
                          {"id": "quiet", "text": {"uz-Latn": "Sokinlik"}, "serviceArea": "reading_rooms"}]}
             ]}""".getBytes(StandardCharsets.UTF_8), SurveyDefinition.class);

    @Test
    void flags_left_out_of_the_json_are_false() {
        assertThat(SURVEY.invitationOnly()).isFalse();
        assertThat(SURVEY.question("why_low").orElseThrow().required()).isFalse();
        assertThat(SURVEY.question("satisfaction").orElseThrow().required()).isTrue();
    }

    @Test
    void a_matrix_is_answered_as_one_rating_per_item_and_other_text_follows_its_choice() {
        assertThat(SURVEY.answerable()).extracting(Question::id)
                .containsExactly("satisfaction", "why_low", "wanted", "wanted.other", "light", "quiet");
        Question quiet = SURVEY.question("quiet").orElseThrow();
        assertThat(quiet.type()).isEqualTo(QuestionType.RATING);
        assertThat(quiet.required()).isTrue();
        assertThat(quiet.serviceArea()).isEqualTo("reading_rooms");
        assertThat(SURVEY.question("light").orElseThrow().serviceArea()).isEqualTo("space");
        assertThat(SURVEY.question("wanted.other").orElseThrow().type()).isEqualTo(QuestionType.TEXT);
    }

    @Test
    void skip_logic_shows_a_question_only_for_matching_earlier_answers() {
        Question whyLow = SURVEY.question("why_low").orElseThrow();
        Question otherText = SURVEY.question("wanted.other").orElseThrow();

        assertThat(SURVEY.shown(whyLow, Map.of("satisfaction", new AnswerValue.Number(2)))).isTrue();
        assertThat(SURVEY.shown(whyLow, Map.of("satisfaction", new AnswerValue.Number(4)))).isFalse();
        assertThat(SURVEY.shown(whyLow, Map.of())).isFalse();
        assertThat(SURVEY.shown(otherText, Map.of("wanted", new AnswerValue.Choices(List.of("audiobooks", "other")))))
                .isTrue();
        assertThat(SURVEY.shown(otherText, Map.of("wanted", new AnswerValue.Choices(List.of("audiobooks")))))
                .isFalse();
    }

    @Test
    void a_survey_record_written_before_statuses_existed_reads_as_a_published_version() {
        SurveyVersion old = EventJson.read("""
                {"schemaVersion": 1, "publishedAt": "2026-11-01T09:00:00Z",
                 "survey": {"id": "demo", "version": 1, "title": {"uz-Latn": "Demo"}, "questions": []}}"""
                .getBytes(StandardCharsets.UTF_8), SurveyVersion.class);

        assertThat(old.readable()).isTrue();
        assertThat(old.status()).isEqualTo(SurveyStatus.PUBLISHED);
        assertThat(old.changedAt()).hasToString("2026-11-01T09:00:00Z");
        assertThat(old.key()).isEqualTo("demo@1");
    }

    @Test
    void a_survey_version_round_trips_through_json_with_its_status() {
        SurveyVersion draft = SurveyVersion.of(SURVEY, SurveyStatus.DRAFT, java.time.Instant.parse(
                "2026-11-29T10:00:00Z"), "director");

        SurveyVersion read = EventJson.read(EventJson.write(draft), SurveyVersion.class);

        assertThat(read).isEqualTo(draft);
        assertThat(new String(EventJson.write(draft), StandardCharsets.UTF_8)).contains("\"status\":\"draft\"")
                .doesNotContain("released");
    }
}
