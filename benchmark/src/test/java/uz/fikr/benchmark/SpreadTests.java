package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTests {

    @Test
    void the_median_of_an_even_number_of_repetitions_is_the_mean_of_the_middle_two() {
        Spread spread = Spread.of(List.of(4.0, 1.0, 3.0, 2.0));

        assertThat(spread).isEqualTo(new Spread(2.5, 1.0, 4.0, 4));
    }

    @Test
    void percentiles_are_nearest_rank() {
        double[] latencies = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};

        assertThat(Spread.percentileOf(latencies, 90)).isEqualTo(9.0);
        assertThat(Spread.percentileOf(latencies, 99)).isEqualTo(10.0);
    }
}
