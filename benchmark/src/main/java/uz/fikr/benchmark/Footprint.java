package uz.fikr.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory (VmRSS) of each process of the run, from the pid files under the run directory. */
final class Footprint {

    static final List<String> PROCESSES = List.of("kafka", "clickhouse", "survey-service", "analytics-service",
            "dashboard");

    private Footprint() {}

    /** One figure per process plus the total, with ids {@code footprint.<moment>.<process>}. */
    static List<Figure> measure(Path runDir, String moment, String when) {
        List<Figure> figures = new ArrayList<>();
        double total = 0;
        for (String process : PROCESSES) {
            double mib = rssMiB(runDir.resolve("pids").resolve(process + ".pid"));
            total += mib;
            figures.add(Figure.of("footprint." + moment + "." + process, process + " RSS " + when, "MiB",
                    Spread.of(List.of(mib))));
        }
        figures.add(Figure.of("footprint." + moment + ".total", "whole stack RSS " + when, "MiB",
                Spread.of(List.of(total))));
        return figures;
    }

    private static double rssMiB(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            Log.info("no RSS from %s: %s", pidFile, e.getMessage());
        }
        return Double.NaN;
    }
}
