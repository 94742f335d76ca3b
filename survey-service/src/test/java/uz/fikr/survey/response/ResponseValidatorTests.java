package uz.fikr.survey.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.invitation.InvitationTokens;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.survey.survey.SurveyVersions;
import uz.fikr.survey.survey.SurveysProperties;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;

class ResponseValidatorTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final ResponseValidator validator = new ResponseValidator(
            new SurveyCatalog(SurveyVersions.of(List.of(published(BuiltInSurveys.demo()))), CLOCK),
            new InvitationTokens(new SurveysProperties(false, URI.create("http://localhost"), "secret")), CLOCK);

    static SurveyVersion published(SurveyDefinition survey) {
        return SurveyVersion.of(survey, SurveyStatus.PUBLISHED, NOW, "test");
    }

    @Test
    void a_complete_demo_response_becomes_an_event_stamped_with_the_server_time() {
        UUID id = UUID.randomUUID();

        ResponseSubmitted event = validator.validate(request(id, answers(4, 9, "\"lending\"", "\"Rahmat!\"")), null);

        assertThat(event.responseId()).isEqualTo(id);
        assertThat(event.receivedAt()).isEqualTo(NOW);
        assertThat(event.channel()).isEqualTo(Channel.QR);
        assertThat(event.branch()).isEqualTo("chilonzor");
        assertThat(event.respondent().readerGroup()).isEqualTo("student");
        assertThat(event.answers()).containsEntry("satisfaction", new AnswerValue.Number(4))
                .containsEntry("visited_service", new AnswerValue.Text("lending"));
    }

    @Test
    void optional_questions_may_be_left_out() {
        Map<String, JsonNode> answers = answers(5, 10, null, null);

        assertThat(validator.validate(request(UUID.randomUUID(), answers), null).answers())
                .containsOnlyKeys("satisfaction", "recommend");
    }

    @Test
    void every_bad_field_is_named_at_once() {
        Map<String, JsonNode> answers = answers(6, 11, "\"swimming_pool\"", "42");
        answers.put("favourite_colour", JSON.readTree("\"blue\""));
        SubmitResponseRequest request = new SubmitResponseRequest(null, "demo", 1, "pigeon", "Central Library!",
                new SubmitResponseRequest.Profile("astronaut", "200_plus", null, null), answers, null);

        assertThatThrownBy(() -> validator.validate(request, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("responseId", "channel", "branch", "respondent.readerGroup",
                                "respondent.ageBand", "answers.favourite_colour", "answers.satisfaction",
                                "answers.recommend", "answers.visited_service", "answers.comment"));
    }

    @Test
    void a_missing_required_answer_is_refused() {
        Map<String, JsonNode> answers = answers(4, 9, null, null);
        answers.remove("recommend");

        assertThatThrownBy(() -> validator.validate(request(UUID.randomUUID(), answers), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(tuple("answers.recommend", "is required")));
    }

    @Test
    void a_fractional_rating_is_refused() {
        Map<String, JsonNode> answers = answers(4, 9, null, null);
        answers.put("satisfaction", JSON.readTree("3.5"));

        assertThatThrownBy(() -> validator.validate(request(UUID.randomUUID(), answers), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(tuple("answers.satisfaction", "must be a whole number from 1 to 5")));
    }

    @Test
    void free_text_over_the_limit_or_with_control_characters_is_refused() {
        Map<String, JsonNode> tooLong = answers(4, 9, null, JSON.writeValueAsString("a".repeat(2001)));
        Map<String, JsonNode> control = answers(4, 9, null, "\"bell\\u0007\"");

        assertThatThrownBy(() -> validator.validate(request(UUID.randomUUID(), tooLong), null))
                .hasMessageContaining("at most 2000 characters");
        assertThatThrownBy(() -> validator.validate(request(UUID.randomUUID(), control), null))
                .hasMessageContaining("control characters");
    }

    @Test
    void an_unknown_survey_or_version_is_refused() {
        SubmitResponseRequest unknown = new SubmitResponseRequest(UUID.randomUUID(), "nope", 1, null, null, null,
                Map.of(), null);
        SubmitResponseRequest oldVersion = new SubmitResponseRequest(UUID.randomUUID(), "demo", 7, null, null, null,
                answers(4, 9, null, null), null);

        assertThatThrownBy(() -> validator.validate(unknown, null)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("surveyId"));
        assertThatThrownBy(() -> validator.validate(oldVersion, null)).isInstanceOfSatisfying(
                InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("surveyVersion"));
    }

    static SubmitResponseRequest request(UUID id, Map<String, JsonNode> answers) {
        return new SubmitResponseRequest(id, "demo", 1, "qr", "chilonzor",
                new SubmitResponseRequest.Profile("student", "18_24", null, null), answers, null);
    }

    static Map<String, JsonNode> answers(int satisfaction, int recommend, String visited, String comment) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("satisfaction", JSON.readTree(Integer.toString(satisfaction)));
        answers.put("recommend", JSON.readTree(Integer.toString(recommend)));
        if (visited != null) {
            answers.put("visited_service", JSON.readTree(visited));
        }
        if (comment != null) {
            answers.put("comment", JSON.readTree(comment));
        }
        return answers;
    }
}
