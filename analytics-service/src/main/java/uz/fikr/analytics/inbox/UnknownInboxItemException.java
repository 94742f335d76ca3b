package uz.fikr.analytics.inbox;

/** No inbox item has this id: no such feedback, or no such answer to a free-text question. */
public class UnknownInboxItemException extends RuntimeException {

    UnknownInboxItemException(ItemId id) {
        super("No inbox item " + id.text());
    }
}
