package uz.fikr.analytics.preagg;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnel;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/**
 * Which response ids may already be stored: a Bloom filter over every id in {@code responses}, loaded from ClickHouse
 * by the first batch after this instance is given partitions of the responses topic, and added to by every batch
 * before the batch is inserted. An id it has never seen is certainly new (no false negatives), so an ingest batch
 * looks up earlier copies in ClickHouse only for the few ids the filter may know (real copies and about one in a
 * hundred others), instead of reading the id column of every stored response for each batch.
 *
 * <p>Complete because copies of one response share a Kafka partition (the key is the id): whoever stored an earlier
 * copy either is this instance (which added the id) or owned the partition before this instance was given it (and its
 * rows were stored before the reload that followed the assignment).
 */
@Component
public class KnownResponses {

    private static final Logger log = LoggerFactory.getLogger(KnownResponses.class);
    private static final SqlTemplate COUNT = SqlTemplate.load("sql/preagg/response_count.sql");
    private static final SqlTemplate IDS = SqlTemplate.load("sql/preagg/response_ids.sql");
    private static final double FALSE_POSITIVES = 0.01;
    private static final long MINIMUM_CAPACITY = 1_000_000;
    private static final Funnel<UUID> ID = (id, into) -> into.putLong(id.getMostSignificantBits())
            .putLong(id.getLeastSignificantBits());

    private final ClickHouse clickHouse;
    private final long minimumCapacity;
    private BloomFilter<UUID> filter;
    private long capacity;
    private boolean loaded;

    @Autowired
    KnownResponses(ClickHouse clickHouse) {
        this(clickHouse, MINIMUM_CAPACITY);
    }

    /** With a smaller smallest filter, for tests that fill one. */
    KnownResponses(ClickHouse clickHouse, long minimumCapacity) {
        this.clickHouse = clickHouse;
        this.minimumCapacity = minimumCapacity;
        this.capacity = minimumCapacity;
        this.filter = BloomFilter.create(ID, minimumCapacity, FALSE_POSITIVES);
    }

    /** False when no copy of the response can be stored; true when one may be (look it up). */
    public synchronized boolean mayBeStored(UUID responseId) {
        ensureLoaded();
        return filter.mightContain(responseId);
    }

    /** Records ids about to be stored; call before inserting them. */
    public synchronized void add(Collection<UUID> responseIds) {
        ensureLoaded();
        if (filter.approximateElementCount() + responseIds.size() > capacity) {
            // full: a larger filter keeps false positives near one in a hundred. Reloaded before these ids are put,
            // since they are not stored yet and a reload reads only what is
            reload();
        }
        responseIds.forEach(filter::put);
    }

    /**
     * Partitions of the responses topic were assigned: another instance may have stored ids of them, so the next
     * check loads every stored id afresh (inside the batch, whose retries cover a ClickHouse outage).
     */
    public synchronized void forget() {
        loaded = false;
    }

    private void reload() {
        long start = System.nanoTime();
        long stored = clickHouse.query(COUNT, Map.of()).getFirst().get("responses").asLong();
        long size = Math.max(minimumCapacity, 2 * stored);
        BloomFilter<UUID> fresh = BloomFilter.create(ID, size, FALSE_POSITIVES);
        // {"id":"…"}: the id is between the last two quotes; millions of lines, so no JSON tree per line
        clickHouse.stream(IDS, Map.of(), line -> {
            int end = line.lastIndexOf('"');
            fresh.put(UUID.fromString(line.substring(line.lastIndexOf('"', end - 1) + 1, end)));
        });
        filter = fresh;
        capacity = size;
        loaded = true;
        log.info("Known response ids loaded: {} stored copies in {} ms", stored,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void ensureLoaded() {
        if (!loaded) {
            reload();
        }
    }
}
