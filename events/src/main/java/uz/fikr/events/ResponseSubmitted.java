package uz.fikr.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reader's accepted answers to one version of one survey, published to {@code fikr.responses.v1} keyed by
 * {@code responseId}. The response id is chosen by the client and is the idempotency key: the same id is one
 * response, however often it is delivered. {@code enteredBy} names the librarian who entered a paper form or an
 * interview on the reader's behalf; it is null when the reader answered themselves. {@code contact} is how the
 * reader may be reached about the answers, given with their consent, or null; like {@code enteredBy} it is an
 * optional field of schema version 1 (events without it read as before), and it is left out of the JSON when null.
 */
public record ResponseSubmitted(
        int schemaVersion,
        UUID responseId,
        String surveyId,
        int surveyVersion,
        Instant receivedAt,
        Channel channel,
        String branch,
        Respondent respondent,
        Map<String, AnswerValue> answers,
        @Nullable String enteredBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Contact contact) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "fikr.responses.v1";

    public ResponseSubmitted {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        branch = branch == null ? "" : branch;
        respondent = respondent == null ? Respondent.ANONYMOUS : respondent;
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A response the reader gave themselves. */
    public ResponseSubmitted(int schemaVersion, UUID responseId, String surveyId, int surveyVersion,
            Instant receivedAt, Channel channel, String branch, Respondent respondent,
            Map<String, AnswerValue> answers) {
        this(schemaVersion, responseId, surveyId, surveyVersion, receivedAt, channel, branch, respondent, answers,
                null, null);
    }

    /** A response without a contact, entered by {@code enteredBy} or, when null, by the reader. */
    public ResponseSubmitted(int schemaVersion, UUID responseId, String surveyId, int surveyVersion,
            Instant receivedAt, Channel channel, String branch, Respondent respondent,
            Map<String, AnswerValue> answers, @Nullable String enteredBy) {
        this(schemaVersion, responseId, surveyId, surveyVersion, receivedAt, channel, branch, respondent, answers,
                enteredBy, null);
    }
}
