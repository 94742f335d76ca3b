package uz.fikr.survey.response;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a reader's client sends to {@code POST /api/v1/responses}. Answers stay raw JSON here: only the survey knows
 * what each one must look like, and {@link ResponseValidator} checks them against it.
 */
public record SubmitResponseRequest(
        @Nullable UUID responseId,
        @Nullable String surveyId,
        @Nullable Integer surveyVersion,
        @Nullable String channel,
        @Nullable String branch,
        @Nullable Profile respondent,
        @Nullable Map<String, JsonNode> answers) {

    /** The reader's self-reported profile. */
    public record Profile(@Nullable String readerGroup, @Nullable String ageBand) {}
}
