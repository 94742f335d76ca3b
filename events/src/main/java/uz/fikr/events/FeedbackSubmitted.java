package uz.fikr.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A piece of online feedback (complaint, suggestion, praise or question), published to {@code fikr.feedback.v1}
 * keyed by {@code feedbackId}, which the client chooses and which makes resubmission safe. {@code contact} is how
 * the reader may be reached about it, given with their consent, or null (most feedback is anonymous); it was added
 * within schema version 1 as an optional field, so events without it read as before and it is left out of the JSON
 * when null.
 */
public record FeedbackSubmitted(
        int schemaVersion,
        UUID feedbackId,
        Instant receivedAt,
        Channel channel,
        String branch,
        FeedbackCategory category,
        @Nullable String serviceArea,
        String language,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Contact contact) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "fikr.feedback.v1";

    public FeedbackSubmitted {
        Objects.requireNonNull(feedbackId, "feedbackId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        branch = branch == null ? "" : branch;
        language = language == null ? "uz-Latn" : language;
    }

    /** Anonymous feedback: no contact. */
    public FeedbackSubmitted(int schemaVersion, UUID feedbackId, Instant receivedAt, Channel channel, String branch,
            FeedbackCategory category, @Nullable String serviceArea, String language, String text) {
        this(schemaVersion, feedbackId, receivedAt, channel, branch, category, serviceArea, language, text, null);
    }
}
