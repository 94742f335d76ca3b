package uz.fikr.analytics.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.Contact;

/**
 * What makes a contact one that can never be stored: a field with a control character or half a surrogate pair,
 * which ClickHouse refuses (a refused insert would stall the partition). survey-service never publishes such a
 * contact; another producer might. The reason names the field, never its value.
 */
final class ContactChecks {

    private ContactChecks() {}

    static Optional<String> problemWith(@Nullable Contact contact) {
        if (contact == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", contact.name());
        fields.put("email", contact.email());
        fields.put("phone", contact.phone());
        return fields.entrySet().stream()
                .filter(field -> field.getValue() != null && unstorable(field.getValue()))
                .findFirst()
                .map(field -> "contact." + field.getKey() + " with a control character or half a surrogate pair, "
                        + "which ClickHouse cannot store");
    }

    private static boolean unstorable(String text) {
        return InboxChangeChecks.hasLoneSurrogate(text)
                || text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
