/**
 * The feedback inbox's read side ({@code GET /api/v1/inbox}): every reader comment and piece of online feedback, with
 * the state staff gave it. Items are the de-duplicated rows of {@code feedback} and of {@code answers} to free-text
 * questions; their workflow changes arrive on {@code fikr.inbox.v1} and are stored in {@code inbox_changes} by
 * ingestion. An item's state is its latest change; an item no change names is new. Everything is read in ClickHouse
 * ({@code sql/inbox}); only the requested page comes back.
 */
@NullMarked
package uz.fikr.analytics.inbox;

import org.jspecify.annotations.NullMarked;
