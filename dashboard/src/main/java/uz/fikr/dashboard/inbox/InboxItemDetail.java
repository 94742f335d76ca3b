package uz.fikr.dashboard.inbox;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code GET /api/v1/inbox/{itemId}}: the item's fields as in the list, and its changes, oldest first. */
record InboxItemDetail(@JsonUnwrapped InboxItem item, List<InboxChange> history) {

    InboxItemDetail {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Whether analytics-service has recorded the change with this id yet. */
    boolean hasChange(String changeId) {
        return history.stream().anyMatch(change -> change.changeId().equalsIgnoreCase(changeId));
    }
}
