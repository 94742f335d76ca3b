package uz.fikr.events;

import org.jspecify.annotations.Nullable;

/**
 * How a reader may be contacted about one response or piece of feedback, given only with their explicit consent:
 * a name (optional) and an e-mail address or a phone number, or both. It travels with the event it belongs to and is
 * stored apart from the answers. {@link #toString()} never shows the details, so an event or contact that reaches a
 * log or an exception message by accident does not carry them.
 *
 * @param consent the reader agreed that the library may keep these details to contact them; a contact without
 *     consent is never published and never stored
 */
public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone, boolean consent) {

    /** Whether there is a way to reach the reader. */
    public boolean reachable() {
        return email != null && !email.isBlank() || phone != null && !phone.isBlank();
    }

    @Override
    public String toString() {
        return "Contact[details withheld, consent=" + consent + "]";
    }
}
