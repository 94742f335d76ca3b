package uz.fikr.survey.response;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.AnswerValues;
import uz.fikr.events.Channel;
import uz.fikr.events.Contact;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.contact.ContactRules;
import uz.fikr.survey.invitation.InvitationTokens;
import uz.fikr.survey.publishing.BrokerUnavailableException;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;
import uz.fikr.survey.web.SubmissionFields;

/**
 * Checks a submitted response against the survey version it names and turns it into the event to publish. Every
 * problem is collected, so the reader learns about all bad fields at once; a response with any problem is refused
 * whole. A closed survey is refused before anything else ({@link SurveyClosedException}, 410).
 */
@Component
class ResponseValidator {

    private static final Duration NOT_READY = Duration.ofSeconds(5);

    private final SurveyCatalog catalog;
    private final InvitationTokens invitations;
    private final Clock clock;

    public ResponseValidator(SurveyCatalog catalog, InvitationTokens invitations, Clock clock) {
        this.catalog = catalog;
        this.invitations = invitations;
        this.clock = clock;
    }

    public ResponseSubmitted validate(SubmitResponseRequest request, @Nullable String enteredBy) {
        List<FieldError> errors = new ArrayList<>();
        Optional<SurveyDefinition> survey = survey(request, errors);
        UUID responseId = survey.map(s -> responseId(s, request, errors)).orElse(request.responseId());
        if (responseId == null && survey.isPresent() && !survey.get().invitationOnly()) {
            errors.add(FieldError.of("responseId", "response.id.required"));
        }
        Channel channel = SubmissionFields.channel(request.channel(), errors);
        if (enteredBy == null && (channel == Channel.INTERVIEW || channel == Channel.PAPER)) {
            errors.add(FieldError.of("channel", "channel.staff-only"));
        }
        String branch = SubmissionFields.branch(request.branch(), errors);
        Respondent respondent = respondent(request.respondent(), errors);
        Map<String, AnswerValue> answers = survey.map(s -> answers(s, request.answers(), errors)).orElse(Map.of());
        Contact contact = ContactRules.check(request.contact(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        SurveyDefinition definition = survey.orElseThrow();
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, responseId, definition.id(),
                definition.version(), clock.instant(), channel, branch, respondent, answers, enteredBy, contact);
    }

    private Optional<SurveyDefinition> survey(SubmitResponseRequest request, List<FieldError> errors) {
        String surveyId = request.surveyId();
        if (surveyId == null || surveyId.isBlank()) {
            errors.add(FieldError.of("surveyId", "survey.required"));
            return Optional.empty();
        }
        if (!catalog.ready()) {
            throw new BrokerUnavailableException("Survey definitions are still being read from Kafka", NOT_READY,
                    null);
        }
        if (catalog.closed(surveyId)) {
            throw new SurveyClosedException(surveyId);
        }
        if (catalog.find(surveyId).isEmpty()) {
            errors.add(FieldError.of("surveyId", "survey.unknown"));
            return Optional.empty();
        }
        if (request.surveyVersion() == null) {
            errors.add(FieldError.of("surveyVersion", "survey.version.required"));
            return Optional.empty();
        }
        Optional<SurveyVersion> version = catalog.version(surveyId, request.surveyVersion());
        if (version.isPresent() && version.get().status() == SurveyStatus.CLOSED) {
            throw new SurveyClosedException(surveyId);
        }
        if (version.isEmpty() || version.get().status() != SurveyStatus.PUBLISHED) {
            errors.add(FieldError.of("surveyVersion", "survey.version.not-open", request.surveyVersion()));
            return Optional.empty();
        }
        SurveyDefinition definition = version.get().survey();
        if (catalog.beforeOpening(definition)) {
            errors.add(FieldError.of("surveyId", "survey.not-open-yet",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(definition.opensAt().atZone(clock.getZone()))));
            return Optional.empty();
        }
        return Optional.of(definition);
    }

    private @Nullable UUID responseId(SurveyDefinition survey, SubmitResponseRequest request, List<FieldError> errors) {
        if (!survey.invitationOnly()) {
            return request.responseId();
        }
        if (request.invitation() == null || request.invitation().isBlank()) {
            errors.add(FieldError.of("invitation", "invitation.required"));
            return request.responseId();
        }
        Optional<UUID> invited = invitations.responseId(survey.id(), request.invitation());
        if (invited.isEmpty()) {
            errors.add(FieldError.of("invitation", "invitation.invalid"));
            return request.responseId();
        }
        return invited.get();
    }

    private static Map<String, AnswerValue> answers(SurveyDefinition survey, @Nullable Map<String, JsonNode> submitted,
            List<FieldError> errors) {
        Map<String, JsonNode> raw = submitted == null ? Map.of() : new TreeMap<>(submitted);
        List<Question> answerable = survey.answerable();
        Set<String> asked = answerable.stream().map(Question::id).collect(Collectors.toSet());
        for (String questionId : raw.keySet()) {
            if (!asked.contains(questionId)) {
                errors.add(FieldError.of("answers." + questionId, "answer.unknown-question"));
            }
        }
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        Map<String, AnswerValue> given = new LinkedHashMap<>();
        for (Question question : answerable) {
            String field = "answers." + question.id();
            Optional<AnswerValue> answer = Optional.ofNullable(raw.get(question.id()))
                    .filter(node -> !node.isNull()).flatMap(AnswerValues::fromJson);
            if (raw.containsKey(question.id()) && !raw.get(question.id()).isNull() && answer.isEmpty()) {
                errors.add(FieldError.of(field, "answer.type"));
                continue;
            }
            boolean isGiven = answer.isPresent() && !AnswerRules.isEmpty(answer.get());
            if (!survey.shown(question, given)) {
                if (isGiven) {
                    errors.add(FieldError.of(field, "answer.hidden", question.showIf().question()));
                }
                continue;
            }
            if (!isGiven) {
                if (question.required()) {
                    errors.add(FieldError.of(field, "answer.required"));
                }
                continue;
            }
            given.put(question.id(), answer.get());
            Optional<FieldError> problem = AnswerRules.problemWith(field, question, answer.get());
            problem.ifPresentOrElse(errors::add, () -> answers.put(question.id(), answer.get()));
        }
        return answers;
    }

    private static Respondent respondent(SubmitResponseRequest.@Nullable Profile profile, List<FieldError> errors) {
        if (profile == null) {
            return Respondent.ANONYMOUS;
        }
        check(profile.readerGroup(), ReaderProfiles.READER_GROUPS, "respondent.readerGroup", errors);
        check(profile.ageBand(), ReaderProfiles.AGE_BANDS, "respondent.ageBand", errors);
        check(profile.visitFrequency(), ReaderProfiles.VISIT_FREQUENCIES, "respondent.visitFrequency", errors);
        Map<String, String> others = new LinkedHashMap<>();
        if (profile.visitFrequency() != null) {
            others.put("visit_frequency", profile.visitFrequency());
        }
        List<String> needs = profile.accessibilityNeeds() == null ? List.of() : profile.accessibilityNeeds();
        for (String need : needs) {
            check(need, ReaderProfiles.ACCESSIBILITY_NEEDS, "respondent.accessibilityNeeds", errors);
        }
        if (!needs.isEmpty()) {
            others.put("accessibility_needs", String.join(",", needs.stream().distinct().sorted().toList()));
        }
        return new Respondent(profile.readerGroup(), profile.ageBand(), others);
    }

    private static void check(@Nullable String value, List<String> allowed, String field, List<FieldError> errors) {
        if (value != null && !allowed.contains(value)) {
            errors.add(FieldError.of(field, "profile.invalid", String.join(", ", allowed)));
        }
    }
}
