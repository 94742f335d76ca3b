package uz.fikr.analytics.contacts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import uz.fikr.events.Contact;

/**
 * A contact that arrived with a response or a piece of feedback: stored under that response's or feedback's id.
 * Its {@link #toString()} withholds the details, as {@link Contact}'s does.
 */
public record ReceivedContact(UUID id, Source source, Contact contact, Instant receivedAt) {

    /** What the id is the id of. */
    public enum Source {
        RESPONSE, FEEDBACK;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Only a contact given with consent and with a way to reach the reader is ever stored. */
    public boolean storable() {
        return contact.consent() && contact.reachable();
    }
}
