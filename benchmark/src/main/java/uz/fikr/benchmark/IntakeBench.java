package uz.fikr.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
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
 * loop (maximum rate), then open loop at half the measured maximum rate with freshness probes among the POSTs.
 * Each half-rate repetition starts once analytics-service has drained what was posted before, so it measures the
 * steady state at half rate rather than the backlog of the maximum rate.
 */
final class IntakeBench {

    private static final String TRIVIAL = "GET /actuator/health/liveness (same service, same server settings)";

    private final Options options;
    private final Backlog backlog;
    private final ClickHouse clickHouse;
    private final LoadGenerator load = new LoadGenerator();
    private final HttpClient lookups = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<byte[]> bodies = new ArrayList<>();
    private final AtomicInteger nextBody = new AtomicInteger();
    private final IntFunction<HttpRequest> post = i -> post(false);
    private final IntFunction<HttpRequest> liveness;
    private boolean warm;

    IntakeBench(Options options, Backlog backlog, ClickHouse clickHouse) {
        this.options = options;
        this.backlog = backlog;
        this.clickHouse = clickHouse;
        this.liveness = i -> HttpRequest.newBuilder(uri("/actuator/health/liveness")).timeout(Duration.ofSeconds(10))
                .GET().build();
    }

    List<Figure> run() {
        warmUp();
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
        List<Freshness.Result> freshness = new ArrayList<>();
        for (int rep = 0; rep < options.repetitions(); rep++) {
            backlog.awaitDrained("before half-rate repetition " + (rep + 1), options.drainTimeout());
            trivialHalf.add(load.openLoop(liveness, halfRate, options.loadDuration(), 400_000));
            Freshness probes = new Freshness(options, lookups, clickHouse, halfRate);
            intakeHalf.add(load.openLoop(i -> post(probes.isProbe(i)), halfRate, options.loadDuration(),
                    options.maxIntake(), probes::accepted));
            freshness.add(probes.finish());
            Log.info("intake at %.0f/s, rep %d: p99 %.1f ms (%d failed); freshness p95 %.0f ms (%d of %d lost)",
                    halfRate, rep + 1, intakeHalf.getLast().percentileMs(99), intakeHalf.getLast().failed(),
                    Spread.percentileOf(freshness.getLast().millis(), 95), freshness.getLast().lost(),
                    freshness.getLast().probes());
        }
        String closed = " (closed loop, %d connections, %d s)".formatted(options.concurrency(),
                options.loadDuration().toSeconds());
        String open = " (open loop at %.0f/s = half the max intake rate, after the backlog was drained)"
                .formatted(halfRate);
        List<Figure> figures = new ArrayList<>(List.of(
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
                                + intakeHalf.stream().mapToInt(LoadGenerator.Run::failed).sum())))));
        figures.addAll(FreshnessFigures.of(freshness, halfRate, options.probeInterval(),
                options.freshnessTimeout()));
        return figures;
    }

    /**
     * Scaling: a short closed loop of POSTs next to one of the liveness endpoint, with the answers of level
     * {@code label} stored; returns once analytics-service has drained what it posted.
     */
    List<Figure> atLevel(String label) {
        warmUp();
        LoadGenerator.Run trivial = load.closedLoop(liveness, options.concurrency(), options.scalingLoadDuration(),
                400_000);
        LoadGenerator.Run intake = load.closedLoop(post, options.concurrency(), options.scalingLoadDuration(),
                options.maxIntake());
        Log.info("intake at %s: %.0f/s, p99 %.1f ms (%d failed)", label, intake.perSecond(), intake.percentileMs(99),
                intake.failed());
        backlog.awaitDrained("after the intake at " + label, options.drainTimeout());
        String what = " with the %s level stored (closed loop, %d connections, %d s, once)".formatted(label,
                options.concurrency(), options.scalingLoadDuration().toSeconds());
        String id = "scaling." + label + ".intake";
        return List.of(
                figure(id + ".throughput", "POST /api/v1/responses, accepted per second" + what, "responses/s",
                        List.of(intake), List.of(trivial), LoadGenerator.Run::perSecond),
                figure(id + ".p99", "POST latency p99" + what, "ms", List.of(intake), List.of(trivial),
                        r -> r.percentileMs(99)));
    }

    /** The JIT of the service and the generator, once per run; 3 s was not enough. */
    private void warmUp() {
        if (warm) {
            return;
        }
        prepareBodies();
        Duration warmUp = Duration.ofSeconds(8);
        load.closedLoop(liveness, options.concurrency(), warmUp, 50_000);
        load.closedLoop(post, options.concurrency(), warmUp, 20_000);
        warm = true;
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

    /** The next body; a probe's under an id of its own (the bodies come round again after intakeBodies). */
    private HttpRequest post(boolean probe) {
        byte[] body = bodies.get(Math.floorMod(nextBody.getAndIncrement(), bodies.size()));
        return HttpRequest.newBuilder(uri("/api/v1/responses")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                        probe ? Freshness.underNewId(body) : body))
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
