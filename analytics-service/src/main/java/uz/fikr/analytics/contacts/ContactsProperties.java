package uz.fikr.analytics.contacts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long readers' contact details are kept.
 *
 * @param retention a contact received longer ago than this is deleted ({@code FIKR_CONTACT_RETENTION}); it is what
 *     the reader is told: kept to reply, not for ever
 * @param sweepEvery how often the service looks for contacts past their retention
 */
@ConfigurationProperties("fikr.contacts")
public record ContactsProperties(Duration retention, Duration sweepEvery) {

    public ContactsProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("fikr.contacts.retention must be positive");
        }
    }
}
