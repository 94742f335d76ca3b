package uz.fikr.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import uz.fikr.events.ResponseSubmitted;

/**
 * What analytics-service has still to drain: its consumer group's lag on the responses topic. It commits an offset
 * only after ClickHouse has taken the batch (docs/DELIVERY.md), so no lag means every posted response is stored.
 */
final class Backlog {

    private static final long POLL_MILLIS = 100;
    private static final String TOPIC = ResponseSubmitted.TOPIC;

    private final Options options;

    Backlog(Options options) {
        this.options = options;
    }

    /**
     * Waits until the lag is zero, at most {@code timeout}; says how long it waited, or that it gave up (the
     * figures that follow are then taken with a backlog, and the log says so).
     */
    void awaitDrained(String before, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka()))) {
            long lag = lag(admin);
            while (lag > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                lag = lag(admin);
            }
            Log.info("%s: analytics-service %s after %.1f s", before,
                    lag == 0 ? "had drained the backlog" : "still had " + lag + " responses to drain",
                    (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("no consumer lag from Kafka", e);
        }
    }

    private long lag(Admin admin) throws InterruptedException, ExecutionException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(options.consumerGroup()).partitionsToOffsetAndMetadata().get()
                .forEach((partition, offset) -> {
                    if (offset != null) {
                        committed.put(partition, offset.offset());
                    }
                });
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
        return lag(ends, committed);
    }

    /** Records behind: per partition its end offset less the group's committed offset (none committed: all). */
    static long lag(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {
        return ends.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L))).sum();
    }
}
