package uz.fikr.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.AnswerValues;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * The event survey-service publishes for a submission it accepts: the request body read as survey-service reads it
 * ({@link AnswerValues#fromJson}), the answers in the order of the survey's questions, the librarian's login on an
 * interview or a paper form, and the moment it was received.
 */
public final class ResponseEvents {

    private static final Map<String, SurveyDefinition> SURVEYS = BuiltInSurveys.all().stream()
            .collect(Collectors.toMap(survey -> key(survey.id(), survey.version()), Function.identity()));

    private ResponseEvents() {}

    /**
     * @param staff the login of the librarian who typed in the interviews and paper forms; null leaves
     *     {@code enteredBy} empty on every event
     */
    public static ResponseSubmitted of(Submission submission, Instant receivedAt, @Nullable String staff) {
        JsonNode body = EventJson.mapper().readTree(submission.toJson());
        SurveyDefinition survey = survey(body.get("surveyId").asString(), body.get("surveyVersion").asInt());
        JsonNode given = body.get("answers");
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question question : survey.answerable()) {
            JsonNode answer = given.get(question.id());
            if (answer != null) {
                answers.put(question.id(), AnswerValues.fromJson(answer).orElseThrow(
                        () -> new IllegalArgumentException("Not an answer to " + question.id() + ": " + answer)));
            }
        }
        if (answers.size() != given.size()) {
            throw new IllegalArgumentException("Answers to questions " + survey.id() + " does not ask: " + given);
        }
        JsonNode respondent = body.get("respondent");
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, submission.responseId(), survey.id(),
                survey.version(), receivedAt, Channel.fromCode(submission.channel()).orElseThrow(),
                body.get("branch").asString(),
                new Respondent(respondent.get("readerGroup").asString(), respondent.get("ageBand").asString(),
                        Map.of()),
                answers, submission.enteredByStaff() ? staff : null);
    }

    private static SurveyDefinition survey(String id, int version) {
        SurveyDefinition survey = SURVEYS.get(key(id, version));
        if (survey == null) {
            throw new IllegalArgumentException("Not a built-in survey: " + id + " version " + version);
        }
        return survey;
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }
}
