package uz.fikr.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.events.ResponseSubmitted;

/**
 * Questions out and scaling: answers loaded straight into ClickHouse up to each level (1, 3, 5 and 10 million),
 * then the dashboard's endpoints over HTTP against the same SQL sent straight to ClickHouse's HTTP interface, then
 * a short intake at that level.
 */
final class QueryBench {

    private final Options options;
    private final ClickHouse clickHouse;
    private final IntakeBench intake;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private int loadedChunks;

    QueryBench(Options options, ClickHouse clickHouse, IntakeBench intake) {
        this.options = options;
        this.clickHouse = clickHouse;
        this.intake = intake;
    }

    /** A level as figure ids name it, without a dot (ids are split at dots): 1M, 10M, 2500k, 200k, 1500. */
    static String label(long level) {
        if (level >= 1_000_000 && level % 1_000_000 == 0) {
            return level / 1_000_000 + "M";
        }
        return level >= 1_000 && level % 1_000 == 0 ? level / 1_000 + "k" : Long.toString(level);
    }

    /** Figures per level; the level actually reached is in each figure's id and text. */
    List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        for (long level : options.answerLevels()) {
            long stored = loadUpTo(level);
            awaitAggregates();
            // the endpoints' SQL names the aggregated days and their generations: rendered once they are current
            List<Endpoint> endpoints = Endpoint.dashboard(options.sqlDir(), clickHouse);
            String label = label(level);
            // the intake and the drain have stored answers already, so a level can be exceeded: say by how much
            figures.add(Figure.of("query." + label + ".stored_answers", "rows in fikr.answers when the "
                    + label + " level was measured", "answers", Spread.of(List.of((double) stored))));
            for (Endpoint endpoint : endpoints) {
                figures.addAll(measure(endpoint, label, stored));
            }
            figures.addAll(intake.atLevel(label)); // after the queries: its drain would slow them
        }
        return figures;
    }

    private long loadUpTo(long level) {
        long stored = answers();
        long start = System.nanoTime();
        long rows = 0;
        while (stored + rows < level) {
            long[] added = new long[1];
            var events = Workload.events(options.seed() + 2_000, loadedChunks++, 10_000, Instant.now());
            Instant ingestedAt = Instant.now();
            // marked for pre-aggregation as analytics-service marks an ingest batch: started before, stored after
            String batch = UUID.randomUUID().toString();
            clickHouse.query(mark(events, batch, "started"));
            clickHouse.insertStream("fikr.answers", Rows.ANSWER_COLUMNS,
                    out -> added[0] = Rows.answers(events, ingestedAt, out));
            clickHouse.insertStream("fikr.responses", Rows.RESPONSE_COLUMNS,
                    out -> Rows.responses(events, ingestedAt, out));
            clickHouse.query(mark(events, batch, "stored"));
            rows += added[0];
        }
        stored = answers();
        Log.info("loaded %d answer rows in %.0f s; fikr.answers holds %d", rows, (System.nanoTime() - start) / 1e9,
                stored);
        return stored;
    }

    private String mark(List<ResponseSubmitted> events, String batch, String stage) {
        Set<String> rows = new TreeSet<>();
        for (ResponseSubmitted event : events) {
            rows.add("(" + SqlLiterals.string(event.surveyId()) + ", " + SqlLiterals.string(
                    LocalDate.ofInstant(event.receivedAt(), Endpoint.ZONE).toString()) + ", "
                    + SqlLiterals.string(batch) + ", " + SqlLiterals.string(stage) + ", now())");
        }
        return Endpoint.render(options.sqlDir(), "preagg/mark.sql", Map.of("rows", String.join(", ", rows)));
    }

    /** Waits until analytics-service's refresher has aggregated every day the loader marked. */
    private void awaitAggregates() {
        long start = System.nanoTime();
        String pending = Endpoint.pending(options.sqlDir());
        long deadline = start + Duration.ofMinutes(30).toNanos();
        while (!clickHouse.query(pending).isBlank()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pre-aggregates did not catch up within 30 minutes");
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Log.info("pre-aggregates current after %.0f s", (System.nanoTime() - start) / 1e9);
    }

    private long answers() {
        return clickHouse.count("SELECT count() FROM fikr.answers FORMAT TabSeparated");
    }

    private List<Figure> measure(Endpoint endpoint, String label, long stored) {
        call(endpoint);
        raw(endpoint);
        List<Double> apiP50 = new ArrayList<>();
        List<Double> apiP95 = new ArrayList<>();
        List<Double> rawP50 = new ArrayList<>();
        List<Double> rawP95 = new ArrayList<>();
        for (int rep = 0; rep < options.repetitions(); rep++) {
            List<Double> api = new ArrayList<>();
            List<Double> direct = new ArrayList<>();
            long deadline = System.nanoTime() + options.queryTimePerRep().toNanos();
            while (api.size() < options.queryCalls() && (api.size() < 3 || System.nanoTime() < deadline)) {
                api.add(call(endpoint));
                direct.add(raw(endpoint));
            }
            double[] a = api.stream().mapToDouble(Double::doubleValue).toArray();
            double[] r = direct.stream().mapToDouble(Double::doubleValue).toArray();
            apiP50.add(Spread.percentileOf(a, 50));
            apiP95.add(Spread.percentileOf(a, 95));
            rawP50.add(Spread.percentileOf(r, 50));
            rawP95.add(Spread.percentileOf(r, 95));
        }
        Log.info("%s at %s: p95 %.1f ms, raw %.1f ms", endpoint.id(), label, Spread.of(apiP95).median(),
                Spread.of(rawP95).median());
        String what = "GET %s at %,d stored answers".formatted(endpoint.path(), stored);
        String raw = "the same %d SQL statement(s) over ClickHouse HTTP, one after another".formatted(
                endpoint.sql().size());
        String id = "query." + label + "." + endpoint.id();
        return List.of(new Figure(id + ".p50", what + ", p50", "ms", Spread.of(apiP50), raw, Spread.of(rawP50)),
                new Figure(id + ".p95", what + ", p95", "ms", Spread.of(apiP95), raw, Spread.of(rawP95)));
    }

    private double call(Endpoint endpoint) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                    options.analyticsUrl().resolve(endpoint.path())).timeout(Duration.ofSeconds(60))
                    .header("Authorization", Basic.of(options.analyticsLogin())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(endpoint.path() + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(endpoint.path() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private double raw(Endpoint endpoint) {
        long start = System.nanoTime();
        endpoint.sql().forEach(clickHouse::query);
        return (System.nanoTime() - start) / 1e6;
    }
}
