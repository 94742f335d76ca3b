package uz.fikr.dashboard.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes survey-service accepted that analytics-service may not show yet: a change travels through Kafka into
 * ClickHouse, which takes a second or two. Until an item's history holds the change, the page shows the item as the
 * change left it (optimistically) instead of the older state the list still reports; after
 * {@link #MAX_CHECKS} re-reads it stops waiting and believes the list again.
 */
final class PendingChanges {

    static final int MAX_CHECKS = 15;

    private record Pending(InboxItem item, String changeId, int checks) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** Remembers that {@code item} is now as shown, by the change with {@code changeId}. */
    void add(InboxItem item, String changeId) {
        pending.put(item.itemId(), new Pending(item, changeId, 0));
    }

    /** The item as the page shows it: the accepted change's state while analytics-service lags behind. */
    InboxItem apply(InboxItem listed) {
        Pending waiting = pending.get(listed.itemId());
        return waiting == null ? listed : waiting.item();
    }

    boolean isPending(String itemId) {
        return pending.containsKey(itemId);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    List<String> itemIds() {
        return List.copyOf(pending.keySet());
    }

    /** Whether a fresh read of the item lists its pending change; if so, the page stops waiting for it. */
    boolean confirmedBy(InboxItemDetail read) {
        Pending waiting = pending.get(read.item().itemId());
        if (waiting == null || read.hasChange(waiting.changeId())) {
            pending.remove(read.item().itemId());
            return true;
        }
        return false;
    }

    /** Counts a re-read that did not show the change; true once the page stopped waiting for it. */
    boolean gaveUp(String itemId) {
        Pending waiting = pending.get(itemId);
        if (waiting == null || waiting.checks() + 1 >= MAX_CHECKS) {
            pending.remove(itemId);
            return true;
        }
        pending.put(itemId, new Pending(waiting.item(), waiting.changeId(), waiting.checks() + 1));
        return false;
    }
}
