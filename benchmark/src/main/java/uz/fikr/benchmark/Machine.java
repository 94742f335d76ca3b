package uz.fikr.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where and when the figures were taken. */
record Machine(int cpus, String cpuModel, double memoryGiB, String os, String java, String date) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), procLine("/proc/cpuinfo", "model name"),
                Math.round(procKiB("MemTotal") / 1024.0 / 1024.0 * 10) / 10.0,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    String line() {
        return "%d CPUs (%s), %.1f GiB, %s, Java %s, %s".formatted(cpus, cpuModel, memoryGiB, os, java, date);
    }

    private static long procKiB(String key) {
        String line = procLine("/proc/meminfo", key);
        return line.isEmpty() ? 0 : Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
