package uz.fikr.dashboard.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One change staff made to an item: its workflow state from then on. Items' histories list these, and
 * survey-service answers an accepted change with one (plus fields this page does not need).
 */
record InboxChange(String changeId, String status, @Nullable String assignee, @Nullable String note,
        @Nullable PublicEntry publicEntry, @Nullable String changedBy, Instant changedAt) {
}
