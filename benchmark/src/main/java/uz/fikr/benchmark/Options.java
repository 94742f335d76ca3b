package uz.fikr.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line of the benchmark: {@code --name value} pairs, each with a default for tools/bench.sh. */
record Options(URI surveyUrl, URI analyticsUrl, String kafka, URI clickHouseHttp, int clickHouseTcpPort,
        Path runDir, Path sqlDir, Path output, Path workDir, int repetitions, int concurrency, Duration loadDuration,
        int maxIntake, int intakeBodies, int drainResponses, Duration drainTimeout, List<Long> answerLevels,
        int queryCalls, Duration queryTimePerRep, long seed, java.util.Set<String> only, String analyticsLogin,
        String privacyLogin, String consumerGroup, Duration probeInterval, Duration pollInterval,
        Duration freshnessTimeout, Duration scalingLoadDuration) {

    /** The measurements there are, in the order they run; {@code --only drain,queries} runs a part of them. */
    static final List<String> STAGES = List.of("footprint", "intake", "drain", "queries");

    boolean runs(String stage) {
        return only.contains(stage);
    }

    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("--" + args[args.length - 1] + " needs a value");
        }
        return new Options(URI.create(get(given, "survey-url", "http://127.0.0.1:18081")),
                URI.create(get(given, "analytics-url", "http://127.0.0.1:18082")),
                get(given, "kafka", "127.0.0.1:19092"),
                URI.create(get(given, "clickhouse-url", "http://127.0.0.1:18123/")),
                Integer.parseInt(get(given, "clickhouse-tcp-port", "19000")),
                Path.of(get(given, "run-dir", "/tmp/fikr-bench-run")),
                Path.of(get(given, "sql-dir", "analytics-service/src/main/resources/sql")),
                Path.of(get(given, "output", "benchmark/results/latest.json")),
                Path.of(get(given, "work-dir", "/tmp/fikr-bench-work")),
                Integer.parseInt(get(given, "repetitions", "3")),
                Integer.parseInt(get(given, "concurrency", "32")),
                Duration.ofSeconds(Long.parseLong(get(given, "load-seconds", "8"))),
                Integer.parseInt(get(given, "max-intake", "100000")),
                Integer.parseInt(get(given, "intake-bodies", "260000")),
                Integer.parseInt(get(given, "drain-responses", "50000")),
                Duration.ofSeconds(Long.parseLong(get(given, "drain-timeout-seconds", "180"))),
                Arrays.stream(get(given, "answers", "1000000,3000000,5000000,10000000").split(","))
                        .map(Long::parseLong).toList(),
                Integer.parseInt(get(given, "query-calls", "20")),
                Duration.ofSeconds(Long.parseLong(get(given, "query-seconds", "5"))),
                Long.parseLong(get(given, "seed", "42")),
                stages(get(given, "only", String.join(",", STAGES))),
                get(given, "analytics-login", "dashboard:fikr-analytics"),
                get(given, "privacy-login", "privacy:fikr-privacy"),
                get(given, "consumer-group", "fikr-analytics"),
                Duration.ofMillis(Long.parseLong(get(given, "probe-millis", "150"))),
                Duration.ofMillis(Long.parseLong(get(given, "poll-millis", "40"))),
                Duration.ofSeconds(Long.parseLong(get(given, "freshness-timeout-seconds", "30"))),
                Duration.ofSeconds(Long.parseLong(get(given, "scaling-load-seconds", "4"))));
    }

    private static java.util.Set<String> stages(String list) {
        java.util.Set<String> stages = new java.util.LinkedHashSet<>(Arrays.asList(list.split(",")));
        if (!STAGES.containsAll(stages)) {
            throw new IllegalArgumentException("--only takes some of " + String.join(",", STAGES) + ", got " + list);
        }
        return stages;
    }

    private static String get(Map<String, String> given, String name, String fallback) {
        return given.getOrDefault(name, fallback);
    }
}
