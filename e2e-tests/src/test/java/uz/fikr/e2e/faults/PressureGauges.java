package uz.fikr.e2e.faults;

import java.net.URI;
import java.time.Duration;

/**
 * What survey-service's Prometheus gauges say while a fault lasts, sampled again and again: the most heap it used,
 * the least room its Kafka producer had left in its buffer, and the slowest submission it answered by its own clock
 * (Micrometer's maximum of the last two minutes; on a busy machine a reader may wait longer than that for the CPU).
 */
public final class PressureGauges {

    private static final String HEAP = "area=\"heap\"";

    private final URI service;
    private final double heapMax;
    private final double heapBefore;
    private double mostHeap;
    private double leastBufferFree = Double.MAX_VALUE;
    private double slowestSubmissionSeconds;

    public PressureGauges(URI service) {
        this.service = service;
        this.heapMax = Actuator.gauge(service, "jvm_memory_max_bytes", HEAP);
        this.heapBefore = heap();
        this.mostHeap = heapBefore;
    }

    public void sample() {
        mostHeap = Math.max(mostHeap, heap());
        leastBufferFree = Math.min(leastBufferFree,
                Actuator.gauge(service, "kafka_producer_buffer_available_bytes", ""));
        slowestSubmissionSeconds = Math.max(slowestSubmissionSeconds, Actuator.largest(service,
                "http_server_requests_seconds_max", "uri=\"/api/v1/responses\""));
    }

    public double heapMax() {
        return heapMax;
    }

    public double mostHeap() {
        return mostHeap;
    }

    public Duration slowestSubmission() {
        return Duration.ofNanos(Math.round(slowestSubmissionSeconds * 1e9));
    }

    /** For the report: heap before, at most and now, and the producer's buffer. */
    public String summary() {
        double buffer = Actuator.gauge(service, "kafka_producer_buffer_total_bytes", "");
        return "heap %.0f -> %.0f -> %.0f of %.0f MB; producer buffer %s".formatted(mb(heapBefore), mb(mostHeap),
                mb(heap()), mb(heapMax), buffer == 0 ? "not exposed"
                        : "%.1f of %.0f MB free at least".formatted(mb(leastBufferFree), mb(buffer)));
    }

    private double heap() {
        return Actuator.gauge(service, "jvm_memory_used_bytes", HEAP);
    }

    private static double mb(double bytes) {
        return bytes / 1_048_576;
    }
}
