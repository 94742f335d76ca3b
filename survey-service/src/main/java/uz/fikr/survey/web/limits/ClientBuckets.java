package uz.fikr.survey.web.limits;

import io.github.bucket4j.Bucket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One token bucket per client, at most {@code maxClients} of them: when a new client comes and the map is full,
 * the client heard from least recently is forgotten. A client idle for a minute has a full bucket anyway, so
 * forgetting it changes nothing for it.
 */
final class ClientBuckets {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Bucket> buckets;
    private final Supplier<Bucket> newBucket;

    ClientBuckets(int maxClients, Supplier<Bucket> newBucket) {
        this.newBucket = newBucket;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    Bucket of(String client) {
        lock.lock();
        try {
            return buckets.computeIfAbsent(client, ignored -> newBucket.get());
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return buckets.size();
        } finally {
            lock.unlock();
        }
    }
}
