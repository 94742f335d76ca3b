package uz.fikr.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every measurement against a stack that tools/bench.sh started, prints the table and writes the JSON.
 * Order matters: footprint at rest, intake (with freshness), footprint after intake, drain (on small tables), then
 * the bulk load, the queries and a short intake at each level of stored answers.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Machine machine = Machine.current();
        ClickHouse clickHouse = new ClickHouse(options.clickHouseHttp(), options.clickHouseTcpPort());
        Files.createDirectories(options.workDir());
        List<Figure> figures = new ArrayList<>();
        long started = System.nanoTime();

        if (options.runs("footprint")) {
            figures.addAll(Footprint.measure(options.runDir(), "rest", "at rest"));
        }
        IntakeBench intake = new IntakeBench(options, new Backlog(options), clickHouse);
        if (options.runs("intake")) {
            figures.addAll(intake.run());
            if (options.runs("footprint")) {
                figures.addAll(Footprint.measure(options.runDir(), "after_intake", "right after the intake load"));
            }
        }
        if (options.runs("drain")) {
            figures.addAll(new DrainBench(options, clickHouse).run(options.workDir()));
        }
        if (options.runs("queries")) {
            figures.addAll(new QueryBench(options, clickHouse, intake).run());
        }

        long largest = options.answerLevels().getLast();
        String largestLabel = QueryBench.label(largest);
        Report report = new Report(machine, settings(options, (System.nanoTime() - started) / 1e9), figures,
                Targets.judge(figures, largestLabel, largest >= 10_000_000));
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), report.json());
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        out.print(report.table());
        out.println("\nJSON: " + options.output());
    }

    private static Map<String, Object> settings(Options options, double seconds) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("repetitions", options.repetitions());
        settings.put("concurrency", options.concurrency());
        settings.put("loadSeconds", options.loadDuration().toSeconds());
        settings.put("drainResponses", options.drainResponses());
        settings.put("answerLevels", options.answerLevels());
        settings.put("queryCallsPerRepetition", options.queryCalls());
        settings.put("seed", options.seed());
        settings.put("stages", List.copyOf(options.only()));
        settings.put("runSeconds", Math.round(seconds));
        settings.put("probeMillis", options.probeInterval().toMillis());
        settings.put("scalingLoadSeconds", options.scalingLoadDuration().toSeconds());
        return settings;
    }
}
