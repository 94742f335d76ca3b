package uz.fikr.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A reader's accepted answers to one version of one survey, published to {@code fikr.responses.v1} keyed by
 * {@code responseId}. The response id is chosen by the client and is the idempotency key: the same id is one
 * response, however often it is delivered.
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
        Map<String, AnswerValue> answers) {

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
}
