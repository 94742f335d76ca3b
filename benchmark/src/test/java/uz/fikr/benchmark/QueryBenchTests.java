package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryBenchTests {

    @Test
    void levels_are_named_in_millions_or_thousands_without_a_dot_so_ids_still_split_at_dots() {
        assertThat(QueryBench.label(1_000_000)).isEqualTo("1M");
        assertThat(QueryBench.label(10_000_000)).isEqualTo("10M");
        assertThat(QueryBench.label(2_500_000)).isEqualTo("2500k");
        assertThat(QueryBench.label(200_000)).isEqualTo("200k");
        assertThat(QueryBench.label(1_500)).isEqualTo("1500");
        assertThat(QueryBench.label(999)).isEqualTo("999");
    }
}
