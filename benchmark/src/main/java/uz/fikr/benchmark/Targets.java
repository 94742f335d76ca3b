package uz.fikr.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The targets, judged on the figures of this run. */
final class Targets {

    private Targets() {}

    static List<Target> judge(List<Figure> figures, String largestLevel, boolean tenMillion) {
        List<Target> targets = new ArrayList<>();
        find(figures, "intake.throughput").ifPresent(f -> {
            targets.add(new Target("intake.ratio", "intake >= 25% of the trivial endpoint's throughput",
                    percent(f.ratio()), f.ratio() != null && f.ratio() >= 0.25));
            targets.add(new Target("intake.absolute", "intake >= 2,000 responses/s",
                    Report.number(f.value().median()) + " responses/s", f.value().median() >= 2_000));
        });
        find(figures, "intake.half_rate.p99").ifPresent(f -> targets.add(new Target("intake.half_rate.p99",
                "p99 <= 50 ms at half the maximum intake rate", Report.number(f.value().median()) + " ms",
                f.value().median() <= 50)));
        find(figures, "freshness.p95").ifPresent(f -> {
            double lost = find(figures, "freshness.lost").map(l -> l.value().median()).orElse(0.0);
            targets.add(new Target("freshness.p95", "freshness p95 <= 2 s at half the maximum intake",
                    "%s ms, %.0f probe(s) lost".formatted(Report.number(f.value().median()), lost),
                    f.value().median() <= 2_000 && lost == 0));
        });
        find(figures, "drain.throughput").ifPresent(f -> targets.add(new Target("drain.ratio",
                "drain >= 50% of clickhouse-client inserting the same rows", percent(f.ratio()),
                f.ratio() != null && f.ratio() >= 0.5)));
        List<Figure> p95 = figures.stream()
                .filter(f -> f.id().startsWith("query." + largestLevel + ".") && f.id().endsWith(".p95")).toList();
        if (!p95.isEmpty()) {
            Figure slowest = p95.stream().max((a, b) -> Double.compare(a.value().median(), b.value().median()))
                    .orElseThrow();
            Figure worstRatio = p95.stream().max((a, b) -> Double.compare(ratio(a), ratio(b))).orElseThrow();
            String at = tenMillion ? "" : " (measured at " + largestLevel + " answers only, not 10M)";
            targets.add(new Target("query.p95", "every dashboard query p95 <= 150 ms at 10M answers",
                    "slowest %s %s ms%s".formatted(name(slowest), Report.number(slowest.value().median()), at),
                    tenMillion && slowest.value().median() <= 150));
            targets.add(new Target("query.ratio", "every dashboard query p95 <= 2x the raw SQL at 10M answers",
                    "worst %s %.2fx%s".formatted(name(worstRatio), ratio(worstRatio), at),
                    tenMillion && ratio(worstRatio) <= 2));
        }
        find(figures, "footprint.rest.total").ifPresent(f -> targets.add(new Target("footprint.rest",
                "whole stack under 4 GiB at rest", Report.number(f.value().median()) + " MiB",
                f.value().median() < 4_096)));
        return targets;
    }

    private static String name(Figure figure) {
        return figure.id().replaceAll("^query\\.[^.]+\\.|\\.p95$", "");
    }

    private static double ratio(Figure figure) {
        return figure.ratio() == null ? Double.NaN : figure.ratio();
    }

    private static String percent(@Nullable Double ratio) {
        return ratio == null ? "n/a" : String.format(Locale.ROOT, "%.0f%% of baseline", ratio * 100);
    }

    private static Optional<Figure> find(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
