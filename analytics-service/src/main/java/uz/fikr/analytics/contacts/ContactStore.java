package uz.fikr.analytics.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/**
 * The {@code contacts} and {@code contact_erasures} tables. An erasure always wins, whichever arrives first:
 * <ul>
 *   <li>{@link #erase} records the erasure, then deletes any contact rows it finds;</li>
 *   <li>{@link #store} leaves out contacts already erased, inserts the rest, then deletes any of them whose erasure
 *       was recorded meanwhile.</li>
 * </ul>
 * Each side writes before it looks at the other's table, so whichever looks last sees the other's row and deletes.
 * Reads of contacts leave erased ids out, so an erased contact is gone at once even while ClickHouse is still
 * carrying out the DELETE (a mutation, asynchronous on ClickHouse 18.16).
 */
@Component
public class ContactStore {

    private final ClickHouse clickHouse;
    private final Clock clock;

    ContactStore(ClickHouse clickHouse, Clock clock) {
        this.clickHouse = clickHouse;
        this.clock = clock;
    }

    /**
     * Stores the contacts given with consent; a redelivered contact is stored again and read once.
     *
     * @throws ContactStoreUnavailableException when ClickHouse did not take them; the caller's batch is retried
     */
    public void store(List<ReceivedContact> received) {
        List<ReceivedContact> storable = received.stream().filter(ReceivedContact::storable).toList();
        if (storable.isEmpty()) {
            return;
        }
        guarded("Storing contacts", () -> {
            Set<UUID> erased = ids(ContactSql.ERASED, ContactSql.ids(idsOf(storable)));
            List<ReceivedContact> kept = storable.stream().filter(contact -> !erased.contains(contact.id())).toList();
            if (!kept.isEmpty()) {
                clickHouse.insertJsonEachRow("contacts", ContactRows.of(kept, clock.instant()));
                Set<UUID> erasedMeanwhile = ids(ContactSql.ERASED, ContactSql.ids(idsOf(kept)));
                if (!erasedMeanwhile.isEmpty()) {
                    delete(erasedMeanwhile);
                }
            }
            return null;
        });
    }

    /**
     * Records that the contact stored under {@code id} must go, for good, and deletes it if it is there. Asking
     * again records the request again and is otherwise harmless.
     *
     * @return whether contact rows were found to delete
     */
    boolean erase(UUID id, String requestedBy, Instant requestedAt) {
        return guarded("Erasing a contact", () -> {
            clickHouse.execute(ContactSql.RECORD_ERASURE.render(clickHouse.database(),
                    ContactSql.erasure(id, requestedAt, requestedBy)));
            Set<UUID> held = ids(ContactSql.HELD, ContactSql.ids(Set.of(id)));
            if (!held.isEmpty()) {
                delete(held);
            }
            return !held.isEmpty();
        });
    }

    /** The contact held for {@code id}, unless it was erased. */
    Optional<JsonNode> contact(UUID id) {
        return clickHouse.query(ContactSql.CONTACT, ContactSql.id(id)).stream().findFirst();
    }

    /** When an erasure of {@code id} was last asked for, if ever. */
    Optional<Instant> erasureRequested(UUID id) {
        return clickHouse.query(ContactSql.ERASURE, ContactSql.id(id)).stream()
                .filter(row -> row.get("erasures").asLong() > 0)
                .map(row -> Instant.ofEpochSecond(row.get("requested_epoch").asLong()))
                .findFirst();
    }

    /**
     * Deletes every contact received before {@code cutoff}.
     *
     * @return how many rows were past it (0: nothing was asked of ClickHouse)
     */
    long deleteReceivedBefore(Instant cutoff) {
        return guarded("Deleting expired contacts", () -> {
            long expired = clickHouse.query(ContactSql.EXPIRED, ContactSql.cutoff(cutoff)).stream()
                    .mapToLong(row -> row.get("expired").asLong()).findFirst().orElse(0);
            if (expired > 0) {
                clickHouse.execute(ContactSql.DELETE_EXPIRED.render(clickHouse.database(),
                        ContactSql.cutoff(cutoff)));
            }
            return expired;
        });
    }

    private void delete(Set<UUID> ids) {
        clickHouse.execute(ContactSql.DELETE.render(clickHouse.database(), ContactSql.ids(ids)));
    }

    private Set<UUID> ids(SqlTemplate query, Map<String, String> values) {
        return clickHouse.query(query, values).stream().map(row -> UUID.fromString(row.get("id").asString()))
                .collect(Collectors.toSet());
    }

    private static Set<UUID> idsOf(List<ReceivedContact> contacts) {
        return contacts.stream().map(ReceivedContact::id).collect(Collectors.toSet());
    }

    /** ClickHouse's own message may quote the rows it was given: it never travels on from here. */
    private static <T> T guarded(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (ClickHouseUnavailableException e) {
            throw new ContactStoreUnavailableException(what, e);
        }
    }
}
