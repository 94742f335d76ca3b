package uz.fikr.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Drives HTTP requests at a service on loopback, bounded in both count and time. Closed loop: a fixed number of
 * virtual threads each send the next request when the last one is answered (measures the maximum rate). Open
 * loop: requests start on a fixed schedule whatever the answers do, and latency counts from the scheduled start,
 * so a stalled server cannot hide its queueing (no coordinated omission).
 */
final class LoadGenerator {

    /** The outcome of one load run: successful requests, failures, wall time and the successes' latencies. */
    record Run(int ok, int failed, double seconds, double[] latenciesMs) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMs(double p) {
            return Spread.percentileOf(latenciesMs, p);
        }
    }

    /** Told of each request of an open loop answered with 2xx: its place in the schedule and the answer's body. */
    interface Answered {
        void accepted(int index, String body);
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Run closedLoop(IntFunction<HttpRequest> request, int concurrency, Duration duration, int maxRequests) {
        long[] latencies = new long[maxRequests];
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    int i;
                    while (System.nanoTime() < deadline && (i = issued.getAndIncrement()) < maxRequests) {
                        long sent = System.nanoTime();
                        if (send(request.apply(i))) {
                            latencies[ok.getAndIncrement()] = System.nanoTime() - sent;
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        return run(ok.get(), failed.get(), System.nanoTime() - start, latencies);
    }

    Run openLoop(IntFunction<HttpRequest> request, double perSecond, Duration duration, int maxRequests) {
        return openLoop(request, perSecond, duration, maxRequests, (index, body) -> {});
    }

    Run openLoop(IntFunction<HttpRequest> request, double perSecond, Duration duration, int maxRequests,
            Answered answered) {
        long interval = (long) (1e9 / perSecond);
        int count = (int) Math.min(maxRequests, duration.toNanos() / interval);
        long[] latencies = new long[count];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            pending[i] = client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .orTimeout(10, TimeUnit.SECONDS)
                    .whenComplete((response, error) -> {
                        if (error == null && response.statusCode() / 100 == 2) {
                            latencies[ok.getAndIncrement()] = System.nanoTime() - scheduled;
                            answered.accepted(index, response.body());
                        } else {
                            failed.incrementAndGet();
                        }
                    });
        }
        try {
            CompletableFuture.allOf(pending).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            // failures are counted per request above; a timeout leaves the rest uncounted as successes
        }
        return run(ok.get(), failed.get(), System.nanoTime() - start, latencies);
    }

    private boolean send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Run run(int ok, int failed, long nanos, long[] latencies) {
        double[] ms = Arrays.stream(latencies, 0, ok).mapToDouble(n -> n / 1e6).toArray();
        return new Run(ok, failed, nanos / 1e9, ms);
    }
}
