package uz.fikr.events.inbox;

/** Where a comment or a piece of feedback stands in the staff's workflow: new, then in progress, then resolved. */
public enum InboxStatus {
    NEW,
    IN_PROGRESS,
    RESOLVED
}
