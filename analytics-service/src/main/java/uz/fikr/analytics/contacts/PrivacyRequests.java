package uz.fikr.analytics.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A reader's requests, acted on by the privacy officer: show everything held under the reader's id, and erase the
 * contact (the anonymous answers stay for the statistics). Each request is logged with the id and who acted, never
 * with what is held, so that the library can account for every access.
 */
@Service
class PrivacyRequests {

    private static final Logger log = LoggerFactory.getLogger(PrivacyRequests.class);

    private final ContactStore contacts;
    private final StoredRecords records;
    private final Clock clock;

    PrivacyRequests(ContactStore contacts, StoredRecords records, Clock clock) {
        this.contacts = contacts;
        this.records = records;
        this.clock = clock;
    }

    /** @throws UnknownReferenceException (a 404) when nothing is held under the id */
    PrivacyExport export(UUID id, String officer) {
        PrivacyExport export = new PrivacyExport(id, contacts.contact(id).map(ExportRows::contact).orElse(null),
                contacts.erasureRequested(id).orElse(null), records.response(id).orElse(null),
                records.feedback(id).orElse(null));
        log.info("Privacy export of reference {} by {}: {}", id, officer,
                export.holdsAnything() ? "answered" : "nothing held");
        if (!export.holdsAnything()) {
            throw new UnknownReferenceException(id);
        }
        return export;
    }

    Erasure erase(UUID id, String officer) {
        Instant now = clock.instant();
        boolean found = contacts.erase(id, officer, now);
        log.info("Contact erasure for reference {} recorded by {}; contact {}", id, officer,
                found ? "found and being deleted" : "not held (dropped if it arrives)");
        return new Erasure(id, now, found);
    }
}
