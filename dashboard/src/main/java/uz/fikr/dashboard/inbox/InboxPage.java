package uz.fikr.dashboard.inbox;

import java.util.List;

/**
 * One page of {@code GET /api/v1/inbox}, newest first.
 *
 * @param total how many items the filters select across all pages
 */
record InboxPage(long total, List<InboxItem> items) {

    InboxPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
