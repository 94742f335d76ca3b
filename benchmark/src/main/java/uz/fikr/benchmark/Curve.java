package uz.fikr.benchmark;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scaling at a glance: one line per dashboard endpoint (its p95) and for the intake (throughput, p99), one column
 * per level of stored answers, from the {@code query.<level>.*} and {@code scaling.<level>.*} figures.
 */
final class Curve {

    private static final Pattern POINT = Pattern.compile(
            "query\\.([^.]+)\\.(stored_answers)|query\\.([^.]+)\\.([^.]+)\\.p95|scaling\\.([^.]+)\\.intake\\.(\\w+)");
    private static final Map<String, String> ROW_NAMES = Map.of("stored_answers", "stored answers",
            "throughput", "intake responses/s", "p99", "intake p99 ms");

    private Curve() {}

    /** The section, or nothing when the run measured no level. */
    static String of(Iterable<Figure> figures) {
        Set<String> levels = new LinkedHashSet<>();
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (Figure figure : figures) {
            Matcher point = POINT.matcher(figure.id());
            if (!point.matches()) {
                continue;
            }
            int group = point.group(1) != null ? 1 : point.group(3) != null ? 3 : 5;
            String level = point.group(group);
            String row = point.group(group + 1);
            levels.add(level);
            rows.computeIfAbsent(ROW_NAMES.getOrDefault(row, row + " p95 ms"), r -> new LinkedHashMap<>())
                    .put(level, figure.value().median());
        }
        if (levels.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nCurve over the stored answers (medians):\n");
        out.append(line("", levels.stream().toList()));
        rows.forEach((row, values) -> out.append(line(row, levels.stream()
                .map(level -> values.containsKey(level) ? number(values.get(level)) : "-").toList())));
        return out.toString();
    }

    private static String line(String row, Iterable<String> cells) {
        StringBuilder line = new StringBuilder("  %-20s".formatted(row));
        cells.forEach(cell -> line.append(" %10s".formatted(cell)));
        return line.toString().stripTrailing() + "\n";
    }

    private static String number(double value) {
        return value >= 1e6 ? String.format(Locale.ROOT, "%.2fM", value / 1e6) : Report.number(value);
    }
}
