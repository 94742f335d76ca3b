package uz.fikr.benchmark;

import java.time.Duration;
import java.util.List;

/** The figures of the freshness probes of all half-rate repetitions. */
final class FreshnessFigures {

    private static final String STORED = "the same probes: time from the 202 to the sweep (every poll interval) "
            + "that found them in fikr.responses, %s; the rest of freshness is the API's own lookup";

    private FreshnessFigures() {}

    /**
     * freshness.p50 and .p95 (per repetition, then median and range), the same for the probes' arrival in
     * ClickHouse (freshness.stored.*), and freshness.lost (all repetitions).
     */
    static List<Figure> of(List<Freshness.Result> results, double perSecond, Duration probeInterval,
            Duration timeout) {
        String what = "time from the 202 to GET /api/v1/privacy/{id} answering 200, %s (open loop at "
                + "%.0f/s, a probe every %d ms, %d probes per repetition)";
        return List.of(
                Figure.of("freshness.p50", what.formatted("p50", perSecond, probeInterval.toMillis(),
                        results.getFirst().probes()), "ms", Spread.of(percentiles(results, 50))),
                Figure.of("freshness.p95", what.formatted("p95", perSecond, probeInterval.toMillis(),
                        results.getFirst().probes()), "ms", Spread.of(percentiles(results, 95))),
                Figure.of("freshness.stored.p50", STORED.formatted("p50"), "ms",
                        Spread.of(stored(results, 50))),
                Figure.of("freshness.stored.p95", STORED.formatted("p95"), "ms",
                        Spread.of(stored(results, 95))),
                Figure.of("freshness.lost", "probes not visible in the analytics API within %d s (all repetitions)"
                        .formatted(timeout.toSeconds()), "probes",
                        Spread.of(List.of((double) results.stream().mapToInt(Freshness.Result::lost).sum()))));
    }

    private static List<Double> stored(List<Freshness.Result> results, double p) {
        return results.stream().map(r -> Spread.percentileOf(r.storedMillis(), p)).toList();
    }

    private static List<Double> percentiles(List<Freshness.Result> results, double p) {
        return results.stream().map(r -> Spread.percentileOf(r.millis(), p)).toList();
    }
}
