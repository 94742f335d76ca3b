package uz.fikr.survey.feedback;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a reader's client sends to {@code POST /api/v1/feedback}. */
public record SubmitFeedbackRequest(
        @Nullable UUID feedbackId,
        @Nullable String category,
        @Nullable String serviceArea,
        @Nullable String channel,
        @Nullable String branch,
        @Nullable String language,
        @Nullable String text) {}
