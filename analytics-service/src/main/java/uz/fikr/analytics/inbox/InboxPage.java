package uz.fikr.analytics.inbox;

import java.util.List;

/**
 * {@code GET /api/v1/inbox}: one page of the items the filters select, newest first.
 *
 * @param total how many items the filters select across all pages
 */
public record InboxPage(long total, List<InboxItem> items) {}
