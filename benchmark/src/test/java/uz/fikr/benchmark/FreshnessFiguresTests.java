package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreshnessFiguresTests {

    private final List<Figure> figures = FreshnessFigures.of(List.of(
            new Freshness.Result(new double[] {100, 200, 300, 400, 1_000}, new double[] {50, 60, 70, 80, 900}, 0),
            new Freshness.Result(new double[] {150, 250, 350, 450, 2_000}, new double[] {55, 65, 75, 85, 950}, 2),
            new Freshness.Result(new double[] {120, 220, 320, 420, 1_500}, new double[] {52, 62, 72, 82, 920}, 1)),
            2_000, Duration.ofMillis(150), Duration.ofSeconds(30));

    @Test
    void freshness_is_each_repetitions_percentile_with_the_median_and_range_over_the_repetitions() {
        assertThat(figures).extracting(Figure::id).containsExactly("freshness.p50", "freshness.p95",
                "freshness.stored.p50", "freshness.stored.p95", "freshness.lost");
        assertThat(figure("freshness.p50").value()).isEqualTo(new Spread(320, 300, 350, 3));
        assertThat(figure("freshness.p95").value()).isEqualTo(new Spread(1_500, 1_000, 2_000, 3));
        assertThat(figure("freshness.stored.p95").value()).isEqualTo(new Spread(920, 900, 950, 3));
        assertThat(figure("freshness.p95").what()).contains("2000/s", "every 150 ms", "5 probes per repetition");
    }

    @Test
    void every_lost_probe_of_every_repetition_is_counted() {
        assertThat(figure("freshness.lost").value().median()).isEqualTo(3);
        assertThat(figure("freshness.lost").what()).contains("within 30 s");
    }

    private Figure figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
