package uz.fikr.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import uz.fikr.demo.Submission;

/** The log of one load run: which response got which outcome, and how long the service took to say so. */
public final class LoadRun {

    private final Map<UUID, Submission> sent = new LinkedHashMap<>();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<UUID, String> unanswered = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> refused = new ConcurrentHashMap<>();
    private final Set<UUID> gaveUp = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
    private final AtomicLong slowestUnavailableNanos = new AtomicLong();
    private final AtomicLong slowestAcknowledgedNanos = new AtomicLong();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private volatile List<Thread> workers = List.of();

    private LoadRun(List<? extends Submission> submissions) {
        submissions.forEach(submission -> sent.put(submission.responseId(), submission));
    }

    /** An empty log for these responses, to which {@link LoadDriver#post} writes. */
    public static LoadRun of(List<? extends Submission> submissions) {
        return new LoadRun(submissions);
    }

    void workers(List<Thread> workers) {
        this.workers = workers;
    }

    void acknowledged(UUID id, Duration took) {
        answers.add(new Answer(Instant.now(), took));
        acknowledged.add(id);
        slowestAcknowledgedNanos.accumulateAndGet(took.toNanos(), Math::max);
    }

    void unanswered(UUID id, Exception cause) {
        unanswered.put(id, cause.toString());
    }

    void refused(UUID id, int status) {
        refused.put(id, status);
    }

    void gaveUp(UUID id) {
        gaveUp.add(id);
    }

    void unavailable(Duration took, String retryAfter) {
        answers.add(new Answer(Instant.now(), took));
        unavailable.incrementAndGet();
        if (retryAfter == null) {
            unavailableWithoutRetryAfter.incrementAndGet();
        }
        slowestUnavailableNanos.accumulateAndGet(took.toNanos(), Math::max);
    }

    /** Waits until every worker is done (each gives up at the run's own deadline), also those started meanwhile. */
    public LoadRun await() {
        for (int i = 0; i < workers.size(); i++) {
            try {
                workers.get(i).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return this;
            }
        }
        return this;
    }

    public Map<UUID, Submission> sent() {
        return sent;
    }

    public Set<UUID> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    public int acknowledgedSoFar() {
        return acknowledged.size();
    }

    /** Responses whose request broke after it was sent: the reader never learnt whether it was taken. */
    public Map<UUID, String> unanswered() {
        return Map.copyOf(unanswered);
    }

    /** Responses refused with a status other than 202 or 503 (a valid response never should be). */
    public Map<UUID, Integer> refused() {
        return Map.copyOf(refused);
    }

    /** Responses still without a 202 when the run's time was up. */
    public Set<UUID> gaveUp() {
        return Set.copyOf(gaveUp);
    }

    /** How many 503 answers the readers got. */
    public int unavailableAnswers() {
        return unavailable.get();
    }

    public int unavailableAnswersWithoutRetryAfter() {
        return unavailableWithoutRetryAfter.get();
    }

    /** The longest a reader waited for a 503. */
    public Duration slowestUnavailable() {
        return Duration.ofNanos(slowestUnavailableNanos.get());
    }

    /** The longest a reader waited for a 202. */
    public Duration slowestAcknowledged() {
        return Duration.ofNanos(slowestAcknowledgedNanos.get());
    }

    /** How long the answers (202 or 503) that came between {@code from} and {@code to} took. */
    public Latencies latencies(Instant from, Instant to) {
        List<Duration> took = answers.stream()
                .filter(answer -> !answer.at().isBefore(from) && answer.at().isBefore(to))
                .map(Answer::took).sorted().toList();
        return new Latencies(took.size(), percentile(took, 0.5), percentile(took, 0.99),
                took.isEmpty() ? Duration.ZERO : took.getLast());
    }

    private static Duration percentile(List<Duration> sorted, double fraction) {
        return sorted.isEmpty() ? Duration.ZERO : sorted.get((int) Math.ceil(fraction * sorted.size()) - 1);
    }

    /** The answers of a stretch of the run: how many, and the median, 99th percentile and slowest of their times. */
    public record Latencies(int answers, Duration p50, Duration p99, Duration max) {}

    private record Answer(Instant at, Duration took) {}
}
