package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BacklogTests {

    private static final TopicPartition FIRST = new TopicPartition("fikr.responses.v1", 0);
    private static final TopicPartition SECOND = new TopicPartition("fikr.responses.v1", 1);

    @Test
    void the_backlog_is_what_each_partition_holds_beyond_the_committed_offset() {
        assertThat(Backlog.lag(Map.of(FIRST, 1_000L, SECOND, 500L), Map.of(FIRST, 900L, SECOND, 500L)))
                .isEqualTo(100);
    }

    @Test
    void a_partition_analytics_has_never_committed_is_all_backlog() {
        assertThat(Backlog.lag(Map.of(FIRST, 1_000L, SECOND, 500L), Map.of(FIRST, 1_000L))).isEqualTo(500);
    }
}
