package uz.fikr.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.events.EventJson;

/**
 * Takes a reader's contact details out of a record before it is dead-lettered. A dead letter is kept for whoever
 * looks into why it could not be stored, beyond the reach of an erasure; it keeps everything else. A record that is
 * JSON loses its {@code contact} field; one that is not is cut off where a {@code "contact"} key begins, since its
 * details cannot be told apart from the rest.
 */
final class DeadLetterContacts {

    private static final byte[] KEY = "\"contact\"".getBytes(StandardCharsets.UTF_8);

    private DeadLetterContacts() {}

    /** The value to dead-letter, and whether a contact was taken out of it. */
    record Stripped(byte[] value, boolean removed) {}

    static Stripped strip(byte[] value) {
        if (value == null || indexOf(value, KEY) < 0) {
            return new Stripped(value, false);
        }
        try {
            JsonNode json = EventJson.mapper().readTree(value);
            if (json instanceof ObjectNode object) {
                boolean removed = object.remove("contact") != null;
                return removed ? new Stripped(EventJson.mapper().writeValueAsBytes(object), true)
                        : new Stripped(value, false);
            }
        } catch (JacksonException notJson) {
            // cut below
        }
        return new Stripped(Arrays.copyOf(value, indexOf(value, KEY)), true);
    }

    private static int indexOf(byte[] value, byte[] key) {
        outer:
        for (int i = 0; i <= value.length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (value[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
