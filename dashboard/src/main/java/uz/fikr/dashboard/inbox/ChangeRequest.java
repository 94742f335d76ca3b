package uz.fikr.dashboard.inbox;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard sends to survey-service's {@code POST /api/v1/admin/inbox/{itemId}/changes}. The
 * {@code changeId} is made once per user action and sent again unchanged when the user retries after a failure, so
 * that survey-service records the change once however often it arrives.
 */
record ChangeRequest(UUID changeId, String status, String assignee, String note, @Nullable PublicEntry publicEntry,
        String changedBy) {

    /** The same change, whatever its id: a retry of {@code other}. */
    boolean sameChangeAs(ChangeRequest other) {
        return status.equals(other.status) && assignee.equals(other.assignee) && note.equals(other.note)
                && Objects.equals(publicEntry, other.publicEntry) && changedBy.equals(other.changedBy);
    }

    ChangeRequest withChangeId(UUID id) {
        return new ChangeRequest(id, status, assignee, note, publicEntry, changedBy);
    }
}
