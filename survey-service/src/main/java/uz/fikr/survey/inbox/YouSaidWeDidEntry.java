package uz.fikr.survey.inbox;

import java.time.Instant;
import java.util.Objects;
import uz.fikr.events.inbox.YouSaidWeDid;

/**
 * One public "you said, we did" entry as it is kept on the compacted topic {@code fikr.yousaid.v1}, keyed by the
 * inbox item it was written from: its latest record is its state.
 *
 * @param updatedAt when the change that wrote it was made
 */
record YouSaidWeDidEntry(int schemaVersion, String itemId, String youSaid, String weDid, String language,
        boolean published, Instant updatedAt) {

    static final int SCHEMA_VERSION = 1;
    static final String TOPIC = "fikr.yousaid.v1";

    YouSaidWeDidEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(youSaid, "youSaid");
        Objects.requireNonNull(weDid, "weDid");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    static YouSaidWeDidEntry of(String itemId, YouSaidWeDid entry, Instant updatedAt) {
        return new YouSaidWeDidEntry(SCHEMA_VERSION, itemId, entry.youSaid(), entry.weDid(), entry.language(),
                entry.published(), updatedAt);
    }

    boolean readable() {
        return schemaVersion == SCHEMA_VERSION;
    }

    /** The entry as an inbox change carries it. */
    YouSaidWeDid text() {
        return new YouSaidWeDid(youSaid, weDid, language, published);
    }
}
