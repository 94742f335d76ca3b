package uz.fikr.e2e.faults;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import uz.fikr.demo.Submission;

/**
 * Readers posting responses from a few virtual threads, the way a careful client does: a 202 is logged as
 * acknowledged; a 503 is retried with the same body (so the same response id) after the Retry-After it names; a
 * refused connection (nothing reached the server) is retried too. A request that breaks after it was sent has an
 * unknown outcome: it is logged as unanswered and not retried, like a reader who closed the page.
 */
public final class LoadDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<URI> surveyService;
    private final String staffLogin;

    /**
     * @param surveyService where survey-service answers now (it moves when it is restarted)
     * @param staffLogin {@code user:password} sent with interviews and paper forms, which only staff may enter
     */
    public LoadDriver(Supplier<URI> surveyService, String staffLogin) {
        this.surveyService = surveyService;
        this.staffLogin = staffLogin;
    }

    /**
     * Starts posting {@code submissions} from {@code threads} virtual threads, each pausing {@code pace} between
     * responses, until every one has an outcome or {@code giveUpAfter} has passed.
     */
    public LoadRun start(List<? extends Submission> submissions, int threads, Duration pace, Duration giveUpAfter) {
        LoadRun run = LoadRun.of(submissions);
        Queue<Submission> queue = new ConcurrentLinkedQueue<>(submissions);
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofVirtual().name("reader-" + i).start(() -> {
                Submission next;
                while ((next = queue.poll()) != null) {
                    send(next, run, deadline);
                    pause(pace);
                }
            }));
        }
        run.workers(workers);
        return run;
    }

    /**
     * Readers arriving at a fixed rate, one every {@code every}, each posting its response as a careful client does,
     * whatever became of those before. Unlike {@link #start}, a slow service does not slow the arrivals: what it
     * cannot take at once waits in its queues or is refused.
     */
    public LoadRun arrive(List<? extends Submission> submissions, Duration every, Duration giveUpAfter) {
        LoadRun run = LoadRun.of(submissions);
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        List<Thread> workers = new CopyOnWriteArrayList<>();
        workers.add(Thread.ofVirtual().name("arrivals").start(() -> {
            long next = System.nanoTime();
            for (Submission submission : submissions) {
                workers.add(Thread.ofVirtual().start(() -> send(submission, run, deadline)));
                next += every.toNanos();
                pause(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
            }
        }));
        run.workers(workers);
        return run;
    }

    /**
     * Posts one response as a careful client does (503 and refused connections retried with the same body) and
     * logs the outcome in {@code run}.
     *
     * @return the final status: 202, another refusal, or -1 when no answer came or the time was up
     */
    public int post(Submission submission, LoadRun run, Duration giveUpAfter) {
        return send(submission, run, System.nanoTime() + giveUpAfter.toNanos());
    }

    private int send(Submission submission, LoadRun run, long deadline) {
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            long started = System.nanoTime();
            HttpResponse<Void> reply;
            try {
                reply = http.send(request(submission), HttpResponse.BodyHandlers.discarding());
            } catch (ConnectException | HttpConnectTimeoutException notSent) {
                pause(RECONNECT_PAUSE);
                continue;
            } catch (IOException e) {
                run.unanswered(submission.responseId(), e);
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            int status = reply.statusCode();
            if (status == 202) {
                run.acknowledged(submission.responseId(), took);
                return status;
            }
            if (status != 503) {
                run.refused(submission.responseId(), status);
                return status;
            }
            String retryAfter = reply.headers().firstValue("Retry-After").orElse(null);
            run.unavailable(took, retryAfter);
            pause(Duration.ofSeconds(retryAfter == null ? 5 : Long.parseLong(retryAfter.strip())));
        }
        run.gaveUp(submission.responseId());
        return -1;
    }

    private HttpRequest request(Submission submission) {
        HttpRequest.Builder request = HttpRequest.newBuilder(surveyService.get().resolve("/api/v1/responses"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(submission.toJson()));
        if (submission.enteredByStaff()) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(staffLogin.getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    /** A client waiting as it was told to (Retry-After, a pause between readers): not a test waiting. */
    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
