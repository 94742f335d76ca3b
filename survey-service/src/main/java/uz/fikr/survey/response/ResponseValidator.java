package uz.fikr.survey.response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.AnswerValues;
import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.Question;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;
import uz.fikr.survey.web.SubmissionFields;

/**
 * Checks a submitted response against the survey it names and turns it into the event to publish. Every problem is
 * collected, so the reader learns about all bad fields at once; a response with any problem is refused whole.
 */
@Component
class ResponseValidator {

    private final SurveyCatalog catalog;
    private final Clock clock;

    ResponseValidator(SurveyCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    ResponseSubmitted validate(SubmitResponseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.responseId() == null) {
            errors.add(new FieldError("responseId", "is required: a UUID the client chooses once per response"));
        }
        Channel channel = SubmissionFields.channel(request.channel(), errors);
        String branch = SubmissionFields.branch(request.branch(), errors);
        Respondent respondent = respondent(request.respondent(), errors);
        Optional<SurveyDefinition> survey = survey(request, errors);
        Map<String, AnswerValue> answers = survey.map(s -> answers(s, request.answers(), errors)).orElse(Map.of());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        SurveyDefinition definition = survey.orElseThrow();
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, request.responseId(), definition.id(),
                definition.version(), clock.instant(), channel, branch, respondent, answers);
    }

    private Optional<SurveyDefinition> survey(SubmitResponseRequest request, List<FieldError> errors) {
        if (request.surveyId() == null || request.surveyId().isBlank()) {
            errors.add(new FieldError("surveyId", "is required"));
            return Optional.empty();
        }
        Optional<SurveyDefinition> survey = catalog.find(request.surveyId());
        if (survey.isEmpty()) {
            errors.add(new FieldError("surveyId", "no published survey has this id"));
        } else if (request.surveyVersion() == null) {
            errors.add(new FieldError("surveyVersion", "is required"));
        } else if (request.surveyVersion() != survey.get().version()) {
            errors.add(new FieldError("surveyVersion", "version " + request.surveyVersion()
                    + " of this survey is not open for answers"));
            return Optional.empty();
        }
        return survey;
    }

    private static Map<String, AnswerValue> answers(SurveyDefinition survey, Map<String, JsonNode> submitted,
            List<FieldError> errors) {
        Map<String, JsonNode> raw = submitted == null ? Map.of() : submitted;
        for (String questionId : raw.keySet()) {
            if (survey.question(questionId).isEmpty()) {
                errors.add(new FieldError("answers." + questionId, "this survey has no such question"));
            }
        }
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question question : survey.questions()) {
            String field = "answers." + question.id();
            JsonNode node = raw.get(question.id());
            if (node == null || node.isNull()) {
                if (question.required()) {
                    errors.add(new FieldError(field, "is required"));
                }
                continue;
            }
            Optional<AnswerValue> answer = AnswerValues.fromJson(node);
            Optional<String> problem = answer.isEmpty()
                    ? Optional.of("is not an answer this question accepts")
                    : AnswerRules.problemWith(question, answer.get());
            if (problem.isPresent()) {
                errors.add(new FieldError(field, problem.get()));
            } else if (AnswerRules.isEmpty(answer.get())) {
                if (question.required()) {
                    errors.add(new FieldError(field, "is required"));
                }
            } else {
                answers.put(question.id(), answer.get());
            }
        }
        return answers;
    }

    private static Respondent respondent(SubmitResponseRequest.Profile profile, List<FieldError> errors) {
        if (profile == null) {
            return Respondent.ANONYMOUS;
        }
        check(profile.readerGroup(), ReaderProfiles.READER_GROUPS, "respondent.readerGroup", errors);
        check(profile.ageBand(), ReaderProfiles.AGE_BANDS, "respondent.ageBand", errors);
        return new Respondent(profile.readerGroup(), profile.ageBand(), Map.of());
    }

    private static void check(String value, List<String> allowed, String field, List<FieldError> errors) {
        if (value != null && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
        }
    }
}
