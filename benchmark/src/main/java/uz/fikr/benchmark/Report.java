package uz.fikr.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one run as a text table and as JSON of a fixed shape: {@code schemaVersion}, {@code machine},
 * {@code settings}, {@code figures} (each with {@code baseline} and {@code ratio}, null where there is none) and
 * {@code targets}. Keys never depend on the figures, so two runs compare key by key.
 */
record Report(Machine machine, Map<String, Object> settings, List<Figure> figures, List<Target> targets) {

    static final int SCHEMA_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine.line()).append('\n');
        String format = "%-40s %-12s %9s %15s %9s %15s %6s";
        out.append(format.formatted("figure", "unit", "median", "min-max", "baseline", "baseline min-max",
                "ratio")).append('\n');
        for (Figure figure : figures) {
            Spread baseline = figure.baseline();
            out.append(format.formatted(figure.id(), figure.unit(), number(figure.value().median()),
                    range(figure.value()), baseline == null ? "" : number(baseline.median()),
                    baseline == null ? "" : range(baseline),
                    figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", figure.ratio()))
                    .stripTrailing()).append('\n');
        }
        out.append(Curve.of(figures));
        Set<String> baselines = new LinkedHashSet<>();
        figures.stream().filter(f -> f.baselineWhat() != null)
                .forEach(f -> baselines.add(f.id().replaceAll("\\.p\\d+$|\\.throughput$", "") + ": "
                        + f.baselineWhat()));
        out.append("\nBaselines (same run):\n");
        baselines.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("\nTargets:\n");
        for (Target target : targets) {
            out.append("  [%s] %s: %s%n".formatted(target.met() ? "met   " : "MISSED", target.description(),
                    target.observed()));
        }
        return out.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("cpus", machine.cpus());
        where.put("cpuModel", machine.cpuModel());
        where.put("memoryGiB", machine.memoryGiB());
        where.put("os", machine.os());
        where.put("java", machine.java());
        where.put("date", machine.date());
        root.put("machine", where);
        root.put("settings", settings);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", figure.id());
            row.put("what", figure.what());
            row.put("unit", figure.unit());
            row.putAll(spread(figure.value()));
            Map<String, Object> baseline = null;
            if (figure.baseline() != null) {
                baseline = new LinkedHashMap<>();
                baseline.put("what", figure.baselineWhat());
                baseline.putAll(spread(figure.baseline()));
            }
            row.put("baseline", baseline);
            row.put("ratio", figure.ratio() == null ? null : round(figure.ratio()));
            rows.add(row);
        }
        root.put("figures", rows);
        root.put("targets", targets.stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.id());
            row.put("description", t.description());
            row.put("observed", t.observed());
            row.put("met", t.met());
            return row;
        }).toList());
        return JSON.writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> spread(Spread spread) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("median", round(spread.median()));
        values.put("min", round(spread.min()));
        values.put("max", round(spread.max()));
        values.put("repetitions", spread.repetitions());
        return values;
    }

    private static @Nullable Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }

    private static String range(Spread spread) {
        return number(spread.min()) + "-" + number(spread.max());
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
