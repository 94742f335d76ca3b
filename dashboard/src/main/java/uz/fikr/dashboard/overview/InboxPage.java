package uz.fikr.dashboard.overview;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Payload of analytics-service's {@code GET /api/v1/inbox} (the feedback inbox's read side), the part the Overview
 * reads: comments newest first, each with when it arrived, the branch and the service area it is about. The text is
 * exactly what a reader wrote: it is shown as text, never as HTML.
 */
record InboxPage(long total, List<Comment> items) {

    InboxPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    record Comment(String itemId, String source, Instant receivedAt, @Nullable String surveyId, String branch,
            @Nullable String serviceArea, @Nullable String category, String text) {
    }
}
