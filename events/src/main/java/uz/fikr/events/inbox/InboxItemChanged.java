package uz.fikr.events.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff moved an inbox item (a reader's comment or piece of online feedback) in the workflow, published
 * to {@code fikr.inbox.v1} keyed by {@code itemId}. The item's state is its latest change; earlier changes stay as
 * its history. {@code changeId} makes a redelivered change harmless.
 *
 * <p>Item ids: {@code feedback:<feedbackId>} for online feedback, {@code answer:<responseId>:<questionId>} for a
 * free-text answer in a survey response.
 *
 * @param assignee the staff member who works on it, empty when nobody does
 * @param note an internal note, never shown to readers
 * @param publicEntry the "you said, we did" entry staff wrote for a resolved item, or null when there is none
 */
public record InboxItemChanged(
        int schemaVersion,
        UUID changeId,
        String itemId,
        InboxStatus status,
        String assignee,
        String note,
        @Nullable YouSaidWeDid publicEntry,
        String changedBy,
        Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "fikr.inbox.v1";

    public InboxItemChanged {
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        assignee = assignee == null ? "" : assignee;
        note = note == null ? "" : note;
    }
}
