package uz.fikr.analytics.inbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/inbox/you-said-we-did}: the "you said, we did" entries readers may see, those of resolved items
 * whose entry is published, the latest change first.
 */
public record PublishedEntries(List<Entry> entries) {

    /**
     * One entry, in the staff's words, and where the item it was written from belongs.
     *
     * @param serviceArea the item's service area, null when it names none
     * @param branch the item's branch, empty when the reader named none
     */
    public record Entry(String itemId, String youSaid, String weDid, String language, Instant changedAt,
            @Nullable String serviceArea, String branch) {}
}
