package uz.fikr.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions out: answers loaded straight into ClickHouse up to each level (1 million, 10 million), then the
 * dashboard's endpoints over HTTP against the same SQL sent straight to ClickHouse's HTTP interface.
 */
final class QueryBench {

    private final Options options;
    private final ClickHouse clickHouse;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private int loadedChunks;

    QueryBench(Options options, ClickHouse clickHouse) {
        this.options = options;
        this.clickHouse = clickHouse;
    }

    /** Figures per level; the level actually reached is in each figure's id and text. */
    List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        List<Endpoint> endpoints = Endpoint.dashboard(options.sqlDir());
        for (long level : options.answerLevels()) {
            long stored = loadUpTo(level);
            String label = level >= 1_000_000 ? (level / 1_000_000) + "M" : Long.toString(level);
            // the intake and the drain have stored answers already, so a level can be exceeded: say by how much
            figures.add(Figure.of("query." + label + ".stored_answers", "rows in fikr.answers when the "
                    + label + " level was measured", "answers", Spread.of(List.of((double) stored))));
            for (Endpoint endpoint : endpoints) {
                figures.addAll(measure(endpoint, label, stored));
            }
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
            clickHouse.insertStream("fikr.answers", Rows.ANSWER_COLUMNS, out -> added[0] = Rows.answers(events, ingestedAt, out));
            clickHouse.insertStream("fikr.responses", Rows.RESPONSE_COLUMNS, out -> Rows.responses(events, ingestedAt, out));
            rows += added[0];
        }
        stored = answers();
        Log.info("loaded %d answer rows in %.0f s; fikr.answers holds %d", rows, (System.nanoTime() - start) / 1e9,
                stored);
        return stored;
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
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            options.analyticsLogin().getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
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
