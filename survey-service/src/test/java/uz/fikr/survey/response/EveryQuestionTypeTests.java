package uz.fikr.survey.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.invitation.InvitationTokens;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.survey.survey.SurveyVersions;
import uz.fikr.survey.survey.SurveysProperties;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;

/** Every question type, skip logic, versions, dates, invitations and staff entry, checked against one survey. */
class EveryQuestionTypeTests {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SurveyDefinition SURVEY = load();
    private static final InvitationTokens INVITATIONS =
            new InvitationTokens(new SurveysProperties(false, URI.create("http://localhost"), "secret"));

    private final ResponseValidator validator = validator(List.of(
            version(SURVEY, SurveyStatus.PUBLISHED),
            version(SURVEY.withVersion(2), SurveyStatus.DRAFT),
            version(renamed("closed-survey", SURVEY), SurveyStatus.CLOSED),
            version(invitationOnly(renamed("members-only", SURVEY)), SurveyStatus.PUBLISHED),
            version(dated("next-month", NOW.plus(Duration.ofDays(30)), null), SurveyStatus.PUBLISHED),
            version(dated("last-month", null, NOW.minus(Duration.ofDays(1))), SurveyStatus.PUBLISHED)));

    @Test
    void a_full_answer_to_every_question_type_is_accepted_as_typed_values() {
        ResponseSubmitted event = validator.validate(request("every-question", 1, """
                {"satisfaction": 4, "recommend": 10, "visited": "reading_room", "room_seat": "no",
                 "wanted": ["audiobooks", "other"], "wanted.other": "Braille books",
                 "room_light": 3, "room_quiet": 2,
                 "q_staff": {"minimum": 5, "desired": 8, "perceived": 6}, "comment": "Rahmat"}"""), null);

        assertThat(event.surveyVersion()).isEqualTo(1);
        assertThat(event.answers())
                .containsEntry("satisfaction", new AnswerValue.Number(4))
                .containsEntry("room_seat", new AnswerValue.Text("no"))
                .containsEntry("wanted", new AnswerValue.Choices(List.of("audiobooks", "other")))
                .containsEntry("wanted.other", new AnswerValue.Text("Braille books"))
                .containsEntry("room_quiet", new AnswerValue.Number(2))
                .containsEntry("q_staff", new AnswerValue.Quality(5, 8, 6));
    }

    @Test
    void a_three_column_item_may_be_answered_cannot_judge() {
        ResponseSubmitted event = validator.validate(request("every-question", 1, """
                {"satisfaction": 4, "visited": "lending", "room_light": 3, "room_quiet": 2, "q_staff": "na"}"""),
                null);

        assertThat(event.answers()).containsEntry("q_staff", AnswerValue.NotApplicable.INSTANCE);
    }

    @Test
    void every_matrix_item_of_a_required_matrix_must_be_rated_on_its_scale() {
        assertRefused(() -> validator.validate(request("every-question", 1, """
                {"satisfaction": 4, "visited": "lending", "room_light": 6}"""), null),
                tuple("answers.room_light", "must be a whole number from 1 to 5"),
                tuple("answers.room_quiet", "is required"));
    }

    @Test
    void a_question_shown_by_skip_logic_becomes_required_and_a_hidden_one_must_stay_unanswered() {
        assertRefused(() -> validator.validate(request("every-question", 1, """
                {"satisfaction": 1, "visited": "lending", "room_seat": "yes", "room_light": 3, "room_quiet": 2}"""),
                null),
                tuple("answers.why_low", "is required"),
                tuple("answers.room_seat", "was not asked: it is shown only for some answers to 'visited'"));
    }

    @Test
    void other_text_is_taken_only_when_other_is_chosen() {
        assertRefused(() -> validator.validate(request("every-question", 1, """
                {"satisfaction": 4, "visited": "lending", "room_light": 3, "room_quiet": 2,
                 "wanted": ["audiobooks"], "wanted.other": "sneaky"}"""), null),
                tuple("answers.wanted.other", "was not asked: it is shown only for some answers to 'wanted'"));
    }

    @Test
    void bad_answers_to_each_type_are_refused_with_a_reason_per_field() {
        assertRefused(() -> validator.validate(request("every-question", 1, """
                {"satisfaction": "great", "recommend": 11, "visited": ["lending"], "wanted": ["pool"],
                 "room_light": 3, "room_quiet": 2, "q_staff": {"minimum": 0, "desired": 8, "perceived": 6},
                 "comment": "%s", "favourite": 1}""".formatted("x".repeat(101))), null),
                tuple("answers.favourite", "this survey has no such question"),
                tuple("answers.satisfaction", "must be a whole number from 1 to 5"),
                tuple("answers.recommend", "must be a whole number from 0 to 10"),
                tuple("answers.visited", "must be one option id"),
                tuple("answers.wanted", "'pool' is not one of the options"),
                tuple("answers.q_staff",
                        "needs minimum, desired and perceived, each from 1 to 9, or \"cannot judge\""),
                tuple("answers.comment", "must be at most 100 characters"));
    }

    @Test
    void the_reader_profile_block_is_checked_and_kept_with_the_response() {
        SubmitResponseRequest request = new SubmitResponseRequest(UUID.randomUUID(), "every-question", 1, "web", "",
                new SubmitResponseRequest.Profile("elderly", "65_plus", "weekly", List.of("large_print", "audio")),
                answers("""
                        {"satisfaction": 5, "visited": "lending", "room_light": 3, "room_quiet": 2}"""), null);

        ResponseSubmitted event = validator.validate(request, null);

        assertThat(event.respondent().readerGroup()).isEqualTo("elderly");
        assertThat(event.respondent().others()).containsEntry("visit_frequency", "weekly")
                .containsEntry("accessibility_needs", "audio,large_print");
    }

    @Test
    void a_draft_version_takes_no_answers_and_a_closed_survey_is_gone() {
        assertRefused(() -> validator.validate(request("every-question", 2, "{}"), null),
                tuple("surveyVersion", "version 2 of this survey is not open for answers"));
        assertThatThrownBy(() -> validator.validate(request("closed-survey", 1, "{}"), null))
                .isInstanceOf(SurveyClosedException.class);
    }

    @Test
    void a_survey_takes_answers_only_between_its_opening_and_closing_dates() {
        assertRefused(() -> validator.validate(request("next-month", 1, "{}"), null),
                tuple("surveyId", "this survey opens on 2026-12-29"));
        assertThatThrownBy(() -> validator.validate(request("last-month", 1, "{}"), null))
                .isInstanceOf(SurveyClosedException.class);
    }

    @Test
    void an_invitation_only_survey_needs_a_valid_token_and_one_token_is_one_response() {
        String token = INVITATIONS.issue("members-only");
        String answers = """
                {"satisfaction": 5, "visited": "lending", "room_light": 3, "room_quiet": 2}""";

        ResponseSubmitted first = validator.validate(invited("members-only", answers, token), null);
        ResponseSubmitted again = validator.validate(invited("members-only", answers, token), null);

        assertThat(first.responseId()).isEqualTo(again.responseId());
        assertRefused(() -> validator.validate(request("members-only", 1, answers), null),
                tuple("invitation", "this survey is answered by invitation: open it from your invitation link"));
        assertRefused(() -> validator.validate(invited("members-only", answers, INVITATIONS.issue("other")), null),
                tuple("invitation", "this invitation link is not valid for this survey"));
    }

    @Test
    void only_library_staff_can_enter_interview_and_paper_answers_and_their_name_is_recorded() {
        SubmitResponseRequest paper = new SubmitResponseRequest(UUID.randomUUID(), "every-question", 1, "paper",
                "central", null, answers("""
                        {"satisfaction": 3, "visited": "lending", "room_light": 3, "room_quiet": 2}"""), null);

        assertRefused(() -> validator.validate(paper, null),
                tuple("channel", "only library staff can enter answers from an interview or a paper form"));
        ResponseSubmitted entered = validator.validate(paper, "dilnoza");
        assertThat(entered.channel()).isEqualTo(Channel.PAPER);
        assertThat(entered.enteredBy()).isEqualTo("dilnoza");
    }

    @Test
    void until_the_stored_surveys_are_read_a_response_is_asked_to_come_back_not_refused() {
        ResponseValidator starting = new ResponseValidator(new SurveyCatalog(new SurveyVersions() {
            @Override
            public List<SurveyVersion> versions(String surveyId) {
                return List.of();
            }

            @Override
            public boolean caughtUp() {
                return false;
            }
        }, CLOCK), INVITATIONS, CLOCK);

        assertThatThrownBy(() -> starting.validate(request("every-question", 1, "{}"), null))
                .isInstanceOf(uz.fikr.survey.publishing.BrokerUnavailableException.class);
    }

    private static void assertRefused(ThrowingCallable call, org.assertj.core.groups.Tuple... errors) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(errors));
    }

    private static SubmitResponseRequest request(String surveyId, int version, String answers) {
        return new SubmitResponseRequest(UUID.randomUUID(), surveyId, version, "qr", "chilonzor", null,
                answers(answers), null);
    }

    private static SubmitResponseRequest invited(String surveyId, String answers, String token) {
        return new SubmitResponseRequest(null, surveyId, 1, "web", "", null, answers(answers), token);
    }

    private static Map<String, JsonNode> answers(String json) {
        Map<String, JsonNode> answers = new java.util.LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
        return answers;
    }

    private static ResponseValidator validator(List<SurveyVersion> versions) {
        return new ResponseValidator(new SurveyCatalog(SurveyVersions.of(versions), CLOCK), INVITATIONS, CLOCK);
    }

    private static SurveyVersion version(SurveyDefinition survey, SurveyStatus status) {
        return SurveyVersion.of(survey, status, NOW, "test");
    }

    private static SurveyDefinition renamed(String id, SurveyDefinition survey) {
        return new SurveyDefinition(id, survey.version(), survey.title(), survey.description(), survey.opensAt(),
                survey.closesAt(), survey.profile(), survey.invitationOnly(), survey.questions());
    }

    private static SurveyDefinition invitationOnly(SurveyDefinition survey) {
        return new SurveyDefinition(survey.id(), survey.version(), survey.title(), survey.description(), null, null,
                survey.profile(), true, survey.questions());
    }

    private static SurveyDefinition dated(String id, Instant opensAt, Instant closesAt) {
        return new SurveyDefinition(id, 1, SURVEY.title(), SURVEY.description(), opensAt, closesAt, SURVEY.profile(),
                false, SURVEY.questions());
    }

    static SurveyDefinition load() {
        try (InputStream in = EveryQuestionTypeTests.class.getResourceAsStream("/surveys/every-question.json")) {
            return EventJson.mapper().readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
