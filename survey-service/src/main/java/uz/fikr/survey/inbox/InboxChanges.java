package uz.fikr.survey.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;
import uz.fikr.survey.publishing.BrokerUnavailableException;
import uz.fikr.survey.publishing.EventPublisher;
import uz.fikr.survey.publishing.EventPublisher.Outgoing;

/**
 * Records a checked change to an inbox item: on {@code fikr.inbox.v1} always, and on {@code fikr.yousaid.v1} when it
 * writes or unpublishes the item's public entry; both are acknowledged by Kafka before this returns.
 *
 * <p>The published change states the item's whole state, entry included: a change that brings no entry keeps the
 * item's entry, and a change away from {@code RESOLVED} keeps it unpublished. Changes are serialised within this
 * instance.
 */
@Service
class InboxChanges {

    private static final Duration NOT_READY = Duration.ofSeconds(5);

    private final YouSaidWeDidStore entries;
    private final EventPublisher publisher;
    private final ReentrantLock lock = new ReentrantLock();

    InboxChanges(YouSaidWeDidStore entries, EventPublisher publisher) {
        this.entries = entries;
        this.publisher = publisher;
    }

    /**
     * @return the change as published
     * @throws BrokerUnavailableException when the entries are still being read at start, or Kafka did not
     *         acknowledge both records in time (503: send the same change again)
     */
    InboxItemChanged record(InboxItemChanged change) {
        lock.lock();
        try {
            if (!entries.caughtUp()) {
                throw new BrokerUnavailableException("The public entries are still being read from Kafka", NOT_READY,
                        null);
            }
            Optional<YouSaidWeDidEntry> known = entries.entry(change.itemId());
            Optional<YouSaidWeDidEntry> written = written(change, known);
            InboxItemChanged stated = written.or(() -> known).map(entry -> withEntry(change, entry.text()))
                    .orElse(change);
            List<Outgoing> records = new ArrayList<>();
            records.add(new Outgoing(InboxItemChanged.TOPIC, stated.itemId(), stated));
            written.ifPresent(entry -> records.add(new Outgoing(YouSaidWeDidEntry.TOPIC, entry.itemId(), entry)));
            publisher.publishAll(records);
            written.ifPresent(entries::apply);
            return stated;
        } finally {
            lock.unlock();
        }
    }

    /** The entry to write: the one the change brings, or the published one it takes away from readers. */
    private static Optional<YouSaidWeDidEntry> written(InboxItemChanged change, Optional<YouSaidWeDidEntry> known) {
        if (change.publicEntry() != null) {
            return Optional.of(YouSaidWeDidEntry.of(change.itemId(), change.publicEntry(), change.changedAt()));
        }
        return known.filter(entry -> entry.published() && change.status() != InboxStatus.RESOLVED)
                .map(entry -> YouSaidWeDidEntry.of(entry.itemId(), unpublished(entry.text()), change.changedAt()));
    }

    private static YouSaidWeDid unpublished(YouSaidWeDid entry) {
        return new YouSaidWeDid(entry.youSaid(), entry.weDid(), entry.language(), false);
    }

    private static InboxItemChanged withEntry(InboxItemChanged change, YouSaidWeDid entry) {
        return new InboxItemChanged(change.schemaVersion(), change.changeId(), change.itemId(), change.status(),
                change.assignee(), change.note(), entry, change.changedBy(), change.changedAt());
    }
}
