package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTests {

    @Test
    void freshness_is_met_with_a_p95_within_two_seconds_and_no_probe_lost() {
        Target target = freshness(1_850, 0);

        assertThat(target.met()).isTrue();
        assertThat(target.observed()).isEqualTo("1850 ms, 0 probe(s) lost");
    }

    @Test
    void freshness_is_missed_by_a_slow_p95_or_by_a_single_lost_probe() {
        assertThat(freshness(2_100, 0).met()).isFalse();
        assertThat(freshness(900, 1).met()).isFalse();
    }

    private static Target freshness(double p95, double lost) {
        List<Figure> figures = List.of(Figure.of("freshness.p95", "p95", "ms", new Spread(p95, p95, p95, 3)),
                Figure.of("freshness.lost", "lost", "probes", new Spread(lost, lost, lost, 1)));
        return Targets.judge(figures, "10M", true).stream().filter(t -> t.id().equals("freshness.p95"))
                .findFirst().orElseThrow();
    }
}
