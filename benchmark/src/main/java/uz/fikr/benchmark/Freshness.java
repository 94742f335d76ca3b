package uz.fikr.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Freshness of one open-loop run: every n-th POST of the schedule is a probe, a response under an id never posted
 * before. Every poll interval one query asks ClickHouse which of the probes not seen yet {@code fikr.responses}
 * holds (the table the API reads); each one found is then asked for in analytics-service's API by its id, with the
 * privacy officer's export ({@code GET /api/v1/privacy/{id}}: 404 until stored, then 200), again each poll interval
 * until it answers 200. The time from the 202 to that 200 is the probe's freshness; a probe not seen within the
 * timeout is lost. At most {@link #LOOKUPS} lookups are under way at once; the time a probe waits for one of them
 * is the benchmark's queue, so it is left out.
 * <p>
 * Why not poll the API alone, per probe: each export costs analytics-service four ClickHouse queries.
 * One poller per pending probe took all of its ClickHouse connections, ingestion waited and every probe was lost;
 * with the pollers bounded, the lookups queued and the figure measured the queue. The sweep costs one query.
 */
final class Freshness {

    /**
     * The probes of one run: for each one seen, the time from its 202 to the API's 200 and to the sweep that found
     * it in ClickHouse (what ingestion takes, without the API); and how many were never seen.
     */
    record Result(double[] millis, double[] storedMillis, int lost) {

        int probes() {
            return millis.length + lost;
        }
    }

    /** API lookups under way at most (analytics-service has 10 ClickHouse connections, ingestion needs two). */
    static final int LOOKUPS = 4;

    private static final Pattern RESPONSE_ID = Pattern.compile("\"responseId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final Options options;
    private final HttpClient http;
    private final ClickHouse clickHouse;
    private final int every;
    private final Map<String, Long> unseen = new ConcurrentHashMap<>();
    private final ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore lookupSlots = new Semaphore(LOOKUPS, true);
    private final Queue<double[]> visible = new ConcurrentLinkedQueue<>();
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicReference<@Nullable String> refusal = new AtomicReference<>();
    private final Thread sweeper;
    private volatile boolean scheduleDone;

    /** Probes among requests sent at {@code perSecond}, about one every {@code options.probeInterval()}. */
    Freshness(Options options, HttpClient http, ClickHouse clickHouse, double perSecond) {
        this.options = options;
        this.http = http;
        this.clickHouse = clickHouse;
        this.every = probeEvery(perSecond, options.probeInterval());
        this.sweeper = Thread.ofVirtual().name("freshness-sweep").start(this::sweep);
    }

    /** Every how many requests of a schedule at {@code perSecond} one is a probe (at least every request). */
    static int probeEvery(double perSecond, Duration interval) {
        return (int) Math.max(1, Math.round(perSecond * interval.toNanos() / 1e9));
    }

    boolean isProbe(int index) {
        return index % every == 0;
    }

    /** The body under a new response id, so that the probe is a response analytics-service has never seen. */
    static byte[] underNewId(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Matcher id = RESPONSE_ID.matcher(text);
        if (!id.find()) {
            throw new IllegalArgumentException("a probe's body needs a responseId");
        }
        return (text.substring(0, id.start(1)) + UUID.randomUUID() + text.substring(id.end(1)))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Called with each 202 of the schedule: from now on, a probe is looked for. */
    void accepted(int index, String answer) {
        if (!isProbe(index)) {
            return;
        }
        long acceptedAt = System.nanoTime();
        Matcher id = RESPONSE_ID.matcher(answer);
        if (id.find()) {
            unseen.put(id.group(1).toLowerCase(java.util.Locale.ROOT), acceptedAt);
        } else {
            refusal.compareAndSet(null, "survey-service's 202 names no responseId: " + answer);
        }
    }

    /** After the schedule: waits until every probe is seen or lost (each at the latest after the timeout). */
    Result finish() {
        scheduleDone = true;
        try {
            sweeper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lookups.close();
        String refused = refusal.get();
        if (refused != null) {
            throw new IllegalStateException("freshness cannot be measured: " + refused);
        }
        return new Result(visible.stream().mapToDouble(times -> times[0]).toArray(),
                visible.stream().mapToDouble(times -> times[1]).toArray(), lost.get());
    }

    private void sweep() {
        while (!(scheduleDone && unseen.isEmpty()) && refusal.get() == null) {
            long started = System.nanoTime();
            try {
                for (String id : stored(List.copyOf(unseen.keySet()))) {
                    Long acceptedAt = unseen.remove(id);
                    if (acceptedAt != null) {
                        double storedMillis = (started - acceptedAt) / 1e6;
                        lookups.submit(() -> lookUp(id, acceptedAt, storedMillis));
                    }
                }
            } catch (RuntimeException e) {
                Log.info("freshness: ClickHouse did not answer the sweep (%s); sweeping again", e.getMessage());
            }
            long tooOld = started - options.freshnessTimeout().toNanos();
            unseen.forEach((id, acceptedAt) -> {
                if (acceptedAt < tooOld && unseen.remove(id, acceptedAt)) {
                    lost.incrementAndGet();
                }
            });
            sleepUntil(started + options.pollInterval().toNanos());
        }
    }

    private List<String> stored(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> "toUUID('" + id + "')").collect(Collectors.joining(", "));
        String found = clickHouse.query("SELECT DISTINCT toString(response_id) FROM fikr.responses WHERE response_id"
                + " IN (" + in + ") FORMAT TabSeparated");
        return found.isEmpty() ? List.of() : found.lines().toList();
    }

    private void lookUp(String id, long acceptedAt, double storedMillis) {
        HttpRequest lookup = HttpRequest.newBuilder(options.analyticsUrl().resolve("/api/v1/privacy/" + id))
                .timeout(Duration.ofSeconds(5)).header("Authorization", Basic.of(options.privacyLogin())).build();
        long deadline = acceptedAt + options.freshnessTimeout().toNanos();
        long queued = 0; // waiting for a lookup slot is the benchmark's own queue, not analytics-service's time
        try {
            while (System.nanoTime() < deadline && refusal.get() == null) {
                long asked = System.nanoTime();
                lookupSlots.acquire();
                int status;
                try {
                    queued += System.nanoTime() - asked;
                    status = status(lookup);
                } finally {
                    lookupSlots.release();
                }
                if (status == 200) {
                    visible.add(new double[] {(System.nanoTime() - acceptedAt - queued) / 1e6, storedMillis});
                    return;
                }
                if (status == 401 || status == 403) {
                    refusal.compareAndSet(null, "analytics-service refused the privacy login (" + status + ")");
                    return;
                }
                sleepUntil(asked + options.pollInterval().toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lost.incrementAndGet();
    }

    private int status(HttpRequest lookup) throws InterruptedException {
        try {
            return http.send(lookup, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // asked again at the next poll, until the timeout
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
