package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveTests {

    @Test
    void each_endpoint_and_the_intake_get_one_line_with_a_column_per_level_in_the_order_measured() {
        List<Figure> figures = new ArrayList<>();
        for (String level : List.of("1M", "3M", "10M")) {
            double scale = Double.parseDouble(level.replace("M", ""));
            figures.add(figure("query." + level + ".stored_answers", scale * 1_000_000));
            figures.add(figure("query." + level + ".gaps.p50", 600 * scale));
            figures.add(figure("query." + level + ".gaps.p95", 700 * scale));
            figures.add(figure("query." + level + ".trend.p95", 40 * scale));
            figures.add(figure("scaling." + level + ".intake.throughput", 4000 - 100 * scale));
            figures.add(figure("scaling." + level + ".intake.p99", 30 + scale));
        }

        List<String> lines = Curve.of(figures).lines().toList();

        assertThat(lines).containsSubsequence(
                "Curve over the stored answers (medians):",
                "                               1M         3M        10M",
                "  stored answers            1.00M      3.00M     10.00M",
                "  gaps p95 ms                 700       2100       7000",
                "  trend p95 ms               40.0        120        400",
                "  intake responses/s         3900       3700       3000",
                "  intake p99 ms              31.0       33.0       40.0");
        assertThat(lines).noneMatch(line -> line.contains("p50"));
    }

    @Test
    void a_level_without_a_figure_shows_a_dash_and_a_run_without_levels_prints_no_curve() {
        List<Figure> figures = List.of(figure("query.200k.nps.p95", 12), figure("query.400k.nps.p95", 20),
                figure("scaling.400k.intake.throughput", 3500));

        assertThat(Curve.of(figures)).contains("  intake responses/s            -       3500");
        assertThat(Curve.of(List.of(figure("intake.throughput", 4000)))).isEmpty();
    }

    private static Figure figure(String id, double median) {
        return Figure.of(id, id, "ms", new Spread(median, median, median, 1));
    }
}
