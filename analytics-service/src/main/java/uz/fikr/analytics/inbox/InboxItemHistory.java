package uz.fikr.analytics.inbox;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** {@code GET /api/v1/inbox/{itemId}}: the item's fields as in the list, and its changes, oldest first. */
public record InboxItemHistory(@JsonUnwrapped InboxItem item, List<InboxChange> history) {}
