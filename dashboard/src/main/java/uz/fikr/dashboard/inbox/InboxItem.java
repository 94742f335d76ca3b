package uz.fikr.dashboard.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reader's comment (a free-text survey answer) or piece of online feedback, with where it stands in the staff's
 * workflow, as analytics-service lists it. {@code text} is exactly what the reader wrote: it is shown as text only.
 * Coded values may arrive in either case ({@code complaint} from ClickHouse, {@code COMPLAINT} elsewhere);
 * {@link InboxLabels} translates both.
 *
 * @param itemId {@code feedback:<feedbackId>} or {@code answer:<responseId>:<questionId>}
 * @param source {@code feedback} or {@code answer}
 * @param status NEW, IN_PROGRESS or RESOLVED
 * @param publicEntry the "you said, we did" entry written from the item, or null
 * @param changedAt when staff last changed it, null when nobody has
 */
record InboxItem(String itemId, String source, Instant receivedAt, @Nullable String surveyId,
        @Nullable Integer surveyVersion, @Nullable String questionId, @Nullable String channel, @Nullable String branch,
        @Nullable String readerGroup, @Nullable String serviceArea, @Nullable String category,
        @Nullable String language, String text, String status, @Nullable String assignee, @Nullable String note,
        @Nullable PublicEntry publicEntry, @Nullable String changedBy, @Nullable Instant changedAt) {

    static final String NEW = "NEW";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String RESOLVED = "RESOLVED";

    InboxItem {
        text = text == null ? "" : text;
        status = status == null ? NEW : status;
    }

    /** The item as it stands after {@code change}. */
    InboxItem withChange(InboxChange change) {
        return new InboxItem(itemId, source, receivedAt, surveyId, surveyVersion, questionId, channel, branch,
                readerGroup, serviceArea, category, language, text, change.status(), change.assignee(),
                change.note(), change.publicEntry(), change.changedBy(), change.changedAt());
    }

    String assigneeOrEmpty() {
        return assignee == null ? "" : assignee;
    }

    String noteOrEmpty() {
        return note == null ? "" : note;
    }
}
