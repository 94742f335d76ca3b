package uz.fikr.survey.response;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uz.fikr.survey.contact.ContactRequest;

/**
 * What a reader's client sends to {@code POST /api/v1/responses}. Answers stay raw JSON here: only the survey knows
 * what each one must look like, and {@link ResponseValidator} checks them against it. {@code invitation} is the
 * token from an invitation link, for surveys answered by invitation only. {@code contact} is optional: how the
 * reader may be reached about the answers, with their consent.
 */
public record SubmitResponseRequest(
        @Nullable UUID responseId,
        @Nullable String surveyId,
        @Nullable Integer surveyVersion,
        @Nullable String channel,
        @Nullable String branch,
        @Nullable Profile respondent,
        @Nullable Map<String, JsonNode> answers,
        @Nullable String invitation,
        @Nullable ContactRequest contact) {

    /** A response without a contact. */
    public SubmitResponseRequest(@Nullable UUID responseId, @Nullable String surveyId, @Nullable Integer surveyVersion,
            @Nullable String channel, @Nullable String branch, @Nullable Profile respondent,
            @Nullable Map<String, JsonNode> answers, @Nullable String invitation) {
        this(responseId, surveyId, surveyVersion, channel, branch, respondent, answers, invitation, null);
    }

    /** The reader's self-reported profile: the survey's reader-profile block. */
    public record Profile(@Nullable String readerGroup, @Nullable String ageBand, @Nullable String visitFrequency,
            @Nullable List<String> accessibilityNeeds) {}
}
