package uz.fikr.dashboard.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A published "you said, we did" entry, as {@code GET /api/v1/inbox/you-said-we-did} lists them. */
record PublishedEntry(String itemId, String youSaid, String weDid, String language, Instant changedAt,
        @Nullable String serviceArea, @Nullable String branch) {
}
