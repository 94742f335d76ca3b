package uz.fikr.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class EventJsonTests {

    @Test
    void a_response_survives_the_trip_through_json_unchanged() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("satisfaction", new AnswerValue.Number(4));
        answers.put("visited_service", new AnswerValue.Text("reading_room"));
        answers.put("wishes", new AnswerValue.Choices(List.of("audiobooks", "braille")));
        answers.put("q_staff", new AnswerValue.Quality(5, 8, 6));
        answers.put("q_space", AnswerValue.NotApplicable.INSTANCE);
        ResponseSubmitted event = new ResponseSubmitted(1, UUID.randomUUID(), "demo", 1,
                Instant.parse("2026-11-29T10:15:30.123Z"), Channel.QR, "central",
                new Respondent("student", "18_24", Map.of("visits", "weekly")), answers);

        ResponseSubmitted read = EventJson.read(EventJson.write(event), ResponseSubmitted.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void answers_are_written_as_plain_json_values() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("satisfaction", new AnswerValue.Number(5));
        answers.put("q_staff", new AnswerValue.Quality(5, 8, 6));
        answers.put("q_space", AnswerValue.NotApplicable.INSTANCE);
        ResponseSubmitted event = new ResponseSubmitted(1, UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "demo", 1, Instant.parse("2026-11-29T10:15:30Z"), Channel.WEB, "central", Respondent.ANONYMOUS,
                answers);

        String json = new String(EventJson.write(event), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"channel\":\"web\"")
                .contains("\"receivedAt\":\"2026-11-29T10:15:30Z\"")
                .contains("\"answers\":{\"satisfaction\":5,\"q_staff\":{\"minimum\":5,\"desired\":8,\"perceived\":6},"
                        + "\"q_space\":\"na\"}");
    }

    @Test
    void an_answer_of_an_unknown_shape_is_refused() {
        String json = """
                {"schemaVersion":1,"responseId":"00000000-0000-0000-0000-000000000001","surveyId":"demo",
                 "surveyVersion":1,"receivedAt":"2026-11-29T10:15:30Z","channel":"web","branch":"central",
                 "respondent":{},"answers":{"satisfaction":{"nested":true}}}""";

        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), ResponseSubmitted.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void an_unknown_channel_is_refused() {
        String json = """
                {"schemaVersion":1,"feedbackId":"00000000-0000-0000-0000-000000000001",
                 "receivedAt":"2026-11-29T10:15:30Z","channel":"pigeon","branch":"central","category":"praise",
                 "language":"uz","text":"Rahmat"}""";

        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), FeedbackSubmitted.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void a_response_without_an_id_is_refused() {
        String json = """
                {"schemaVersion":1,"surveyId":"demo","surveyVersion":1,"receivedAt":"2026-11-29T10:15:30Z",
                 "channel":"web","branch":"central","answers":{}}""";

        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), ResponseSubmitted.class))
                .hasMessageContaining("responseId");
    }

    @Test
    void feedback_with_a_contact_survives_the_trip_through_json_and_without_one_writes_no_contact_field() {
        FeedbackSubmitted anonymous = new FeedbackSubmitted(1, UUID.randomUUID(),
                Instant.parse("2026-11-29T10:15:30Z"), Channel.WEB, "central", FeedbackCategory.QUESTION, null, "en",
                "When do you open on Sundays?");
        FeedbackSubmitted withContact = new FeedbackSubmitted(1, anonymous.feedbackId(), anonymous.receivedAt(),
                Channel.WEB, "central", FeedbackCategory.QUESTION, null, "en", anonymous.text(),
                new Contact("Dilnoza", "dilnoza@example.uz", "+998901234567", true));

        assertThat(EventJson.read(EventJson.write(withContact), FeedbackSubmitted.class)).isEqualTo(withContact);
        assertThat(new String(EventJson.write(anonymous), StandardCharsets.UTF_8)).doesNotContain("contact");
    }

    @Test
    void events_written_before_contacts_existed_still_read_with_no_contact() {
        String feedback = """
                {"schemaVersion":1,"feedbackId":"00000000-0000-0000-0000-000000000001",
                 "receivedAt":"2026-11-29T10:15:30Z","channel":"web","branch":"central","category":"praise",
                 "language":"uz-Latn","text":"Rahmat"}""";
        String response = """
                {"schemaVersion":1,"responseId":"00000000-0000-0000-0000-000000000002","surveyId":"demo",
                 "surveyVersion":1,"receivedAt":"2026-11-29T10:15:30Z","channel":"web","branch":"central",
                 "respondent":{},"answers":{"satisfaction":5},"enteredBy":null}""";

        assertThat(EventJson.read(feedback.getBytes(StandardCharsets.UTF_8), FeedbackSubmitted.class).contact())
                .isNull();
        assertThat(EventJson.read(response.getBytes(StandardCharsets.UTF_8), ResponseSubmitted.class).contact())
                .isNull();
    }

    @Test
    void an_event_printed_by_accident_does_not_show_the_contact_details() {
        ResponseSubmitted event = new ResponseSubmitted(1, UUID.fromString("00000000-0000-0000-0000-000000000009"),
                "demo", 1, Instant.parse("2026-11-29T10:15:30Z"), Channel.WEB, "central", Respondent.ANONYMOUS,
                Map.of(), null,
                new Contact("Aziz Karimov", "aziz@example.uz", "+998 90 123 45 67", true));

        assertThat(event.toString()).contains("Contact[details withheld, consent=true]")
                .doesNotContain("Aziz", "aziz@example.uz", "45 67");
    }

    @Test
    void the_demo_survey_asks_a_rating_a_recommendation_a_choice_and_free_text() {
        var demo = uz.fikr.events.survey.BuiltInSurveys.demo();

        assertThat(demo.id()).isEqualTo("demo");
        assertThat(demo.questions()).extracting(uz.fikr.events.survey.Question::type).containsExactly(
                uz.fikr.events.survey.QuestionType.RATING, uz.fikr.events.survey.QuestionType.NPS,
                uz.fikr.events.survey.QuestionType.SINGLE_CHOICE, uz.fikr.events.survey.QuestionType.TEXT);
        assertThat(demo.questions()).allSatisfy(question ->
                assertThat(question.text()).containsKeys("uz-Latn", "ru", "en"));
    }
}
