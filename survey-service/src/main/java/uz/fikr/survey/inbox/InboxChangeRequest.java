package uz.fikr.survey.inbox;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard sends to {@code POST /api/v1/admin/inbox/{itemId}/changes}.
 *
 * @param changeId chosen by the client so that sending the same change again is harmless; one is made when absent
 * @param status {@code NEW}, {@code IN_PROGRESS} or {@code RESOLVED}
 * @param changedBy the dashboard user who made the change; the login's name when absent
 */
record InboxChangeRequest(
        @Nullable UUID changeId,
        @Nullable String status,
        @Nullable String assignee,
        @Nullable String note,
        @Nullable Entry publicEntry,
        @Nullable String changedBy) {

    /** A "you said, we did" entry, allowed only with status {@code RESOLVED}. */
    record Entry(@Nullable String youSaid, @Nullable String weDid, @Nullable String language,
            @Nullable Boolean published) {}
}
