package uz.fikr.analytics.contacts;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes contacts past their retention, every {@code fikr.contacts.sweep-every} (ClickHouse 18.16 has no TTL, so
 * this is a scheduled {@code ALTER TABLE ... DELETE}). A sweep that fails is simply tried at the next one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ContactRetention {

    private static final Logger log = LoggerFactory.getLogger(ContactRetention.class);

    private final ContactStore contacts;
    private final ContactsProperties properties;
    private final Clock clock;

    ContactRetention(ContactStore contacts, ContactsProperties properties, Clock clock) {
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fikr.contacts.sweep-every}", fixedDelayString = "${fikr.contacts.sweep-every}")
    void sweep() {
        Instant cutoff = clock.instant().minus(properties.retention());
        try {
            long expired = contacts.deleteReceivedBefore(cutoff);
            if (expired > 0) {
                log.info("Deleting {} contacts received before {} (retention {})", expired, cutoff,
                        properties.retention());
            }
        } catch (ContactStoreUnavailableException e) {
            log.warn("Contacts past their retention not deleted now, next try in {}: {}", properties.sweepEvery(),
                    e.getMessage());
        }
    }
}
