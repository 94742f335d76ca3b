package uz.fikr.survey.feedback;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.survey.contact.ContactRequest;

/**
 * What a reader's client sends to {@code POST /api/v1/feedback}. {@code contact} is optional: how the reader may be
 * reached about this feedback, with their consent.
 */
public record SubmitFeedbackRequest(
        @Nullable UUID feedbackId,
        @Nullable String category,
        @Nullable String serviceArea,
        @Nullable String channel,
        @Nullable String branch,
        @Nullable String language,
        @Nullable String text,
        @Nullable ContactRequest contact) {

    /** Anonymous feedback. */
    public SubmitFeedbackRequest(@Nullable UUID feedbackId, @Nullable String category, @Nullable String serviceArea,
            @Nullable String channel, @Nullable String branch, @Nullable String language, @Nullable String text) {
        this(feedbackId, category, serviceArea, channel, branch, language, text, null);
    }
}
