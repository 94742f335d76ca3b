package uz.fikr.analytics.contacts;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.analytics.web.InvalidParametersException;

/**
 * A reader's rights, exercised by the library's privacy officer on the reader's request (by letter or at the desk),
 * with the reference the reader received (their response id or feedback id):
 * <ul>
 *   <li>{@code GET /api/v1/privacy/{id}}: everything Fikr holds under it, as JSON; 404 when nothing;</li>
 *   <li>{@code DELETE /api/v1/privacy/{id}}: erase the contact, for good, whether or not it has arrived yet; the
 *       anonymous answers stay. Asking twice is harmless.</li>
 * </ul>
 * Only the privacy login ({@code FIKR_PRIVACY_USER}) may call them; an id that is not a UUID is refused with 400.
 */
@RestController
@RequestMapping("/api/v1/privacy")
class PrivacyController {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final PrivacyRequests requests;

    PrivacyController(PrivacyRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/{id}")
    PrivacyExport export(@PathVariable String id, Principal officer) {
        return requests.export(reference(id), officer.getName());
    }

    @DeleteMapping("/{id}")
    Erasure erase(@PathVariable String id, Principal officer) {
        return requests.erase(reference(id), officer.getName());
    }

    private static UUID reference(String id) {
        if (!UUID_TEXT.matcher(id).matches()) {
            throw InvalidParametersException.of("id",
                    "must be the reference the reader received: a UUID such as 6f1c2a9e-8d0b-4c55-9a57-0d7a3c1e2b44");
        }
        return UUID.fromString(id.toLowerCase(Locale.ROOT));
    }
}
