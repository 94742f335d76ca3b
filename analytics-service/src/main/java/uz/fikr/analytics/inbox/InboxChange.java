package uz.fikr.analytics.inbox;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;

/** One change staff made to an inbox item: its state from then on. */
public record InboxChange(UUID changeId, InboxStatus status, String assignee, String note,
        @Nullable YouSaidWeDid publicEntry, String changedBy, Instant changedAt) {}
