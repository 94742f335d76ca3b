package uz.fikr.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import uz.fikr.demo.Submission;

/**
 * Intake: POST /api/v1/responses against GET /actuator/health/liveness of the same survey-service, first closed
 * loop (maximum rate), then open loop at half the measured maximum rate.
 */
final class IntakeBench {

    private static final String TRIVIAL = "GET /actuator/health/liveness (same service, same server settings)";

    private final Options options;
    private final LoadGenerator load = new LoadGenerator();
    private final List<byte[]> bodies = new ArrayList<>();
    private final AtomicInteger nextBody = new AtomicInteger();

    IntakeBench(Options options) {
        this.options = options;
    }

    List<Figure> run() {
        prepareBodies();
        IntFunction<HttpRequest> post = i -> post();
        IntFunction<HttpRequest> liveness = i -> HttpRequest.newBuilder(uri("/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        Duration warmUp = Duration.ofSeconds(8); // JIT of the service and the generator; 3 s was not enough
        load.closedLoop(liveness, options.concurrency(), warmUp, 50_000);
        load.closedLoop(post, options.concurrency(), warmUp, 20_000);

        List<LoadGenerator.Run> trivial = new ArrayList<>();
        List<LoadGenerator.Run> intake = new ArrayList<>();
        for (int rep = 0; rep < options.repetitions(); rep++) {
            trivial.add(load.closedLoop(liveness, options.concurrency(), options.loadDuration(), 400_000));
            intake.add(load.closedLoop(post, options.concurrency(), options.loadDuration(), options.maxIntake()));
            Log.info("intake rep %d: %.0f/s (%d failed), trivial %.0f/s", rep + 1, intake.getLast().perSecond(),
                    intake.getLast().failed(), trivial.getLast().perSecond());
        }
        double halfRate = Spread.of(values(intake, LoadGenerator.Run::perSecond)).median() / 2;
        List<LoadGenerator.Run> trivialHalf = new ArrayList<>();
        List<LoadGenerator.Run> intakeHalf = new ArrayList<>();
        for (int rep = 0; rep < options.repetitions(); rep++) {
            trivialHalf.add(load.openLoop(liveness, halfRate, options.loadDuration(), 400_000));
            intakeHalf.add(load.openLoop(post, halfRate, options.loadDuration(), options.maxIntake()));
            Log.info("intake at %.0f/s, rep %d: p99 %.1f ms (%d failed)", halfRate, rep + 1,
                    intakeHalf.getLast().percentileMs(99), intakeHalf.getLast().failed());
        }
        String closed = " (closed loop, %d connections, %d s)".formatted(options.concurrency(),
                options.loadDuration().toSeconds());
        String open = " (open loop at %.0f/s = half the max intake rate)".formatted(halfRate);
        return List.of(
                figure("intake.throughput", "POST /api/v1/responses, accepted (202) per second" + closed,
                        "responses/s", intake, trivial, LoadGenerator.Run::perSecond),
                figure("intake.p50", "POST latency p50" + closed, "ms", intake, trivial, r -> r.percentileMs(50)),
                figure("intake.p99", "POST latency p99" + closed, "ms", intake, trivial, r -> r.percentileMs(99)),
                figure("intake.half_rate.p50", "POST latency p50" + open, "ms", intakeHalf, trivialHalf,
                        r -> r.percentileMs(50)),
                figure("intake.half_rate.p99", "POST latency p99" + open, "ms", intakeHalf, trivialHalf,
                        r -> r.percentileMs(99)),
                Figure.of("intake.failed", "POST requests not answered 202 (all repetitions)", "requests",
                        Spread.of(List.of((double) intake.stream().mapToInt(LoadGenerator.Run::failed).sum()
                                + intakeHalf.stream().mapToInt(LoadGenerator.Run::failed).sum()))));
    }

    /** Responses the intake posted (each 202 is one more response for analytics-service to drain). */
    int posted() {
        return nextBody.get();
    }

    private void prepareBodies() {
        int quarter = 2_500;
        for (int chunk = 0; bodies.size() < options.intakeBodies(); chunk++) {
            for (Submission submission : Workload.chunk(options.seed() + 1, chunk, quarter)) {
                if (submission.enteredByStaff()) {
                    continue; // a librarian's entries need a login; intake measures readers
                }
                bodies.add(submission.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Log.info("prepared %d distinct request bodies", bodies.size());
    }

    private HttpRequest post() {
        byte[] body = bodies.get(Math.floorMod(nextBody.getAndIncrement(), bodies.size()));
        return HttpRequest.newBuilder(uri("/api/v1/responses")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private URI uri(String path) {
        return options.surveyUrl().resolve(path);
    }

    private static Figure figure(String id, String what, String unit, List<LoadGenerator.Run> runs,
            List<LoadGenerator.Run> baseline, ToDoubleFunction<LoadGenerator.Run> metric) {
        return new Figure(id, what, unit, Spread.of(values(runs, metric)), TRIVIAL,
                Spread.of(values(baseline, metric)));
    }

    private static List<Double> values(List<LoadGenerator.Run> runs, ToDoubleFunction<LoadGenerator.Run> metric) {
        return runs.stream().map(metric::applyAsDouble).toList();
    }
}
