package uz.fikr.analytics.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTests {

    private final Suppression suppression = new Suppression(new PrivacyProperties(5));

    @Test
    void groups_of_five_or_more_are_shown() {
        assertThat(suppression.suppressed(Map.of("a", 5L, "b", 12L))).isEmpty();
    }

    @Test
    void a_lone_small_group_takes_the_smallest_shown_group_with_it() {
        assertThat(suppression.suppressed(Map.of("blind readers", 2L, "students", 40L, "teachers", 9L)))
                .containsExactlyInAnyOrder("blind readers", "teachers");
    }

    @Test
    void two_small_groups_protect_each_other() {
        assertThat(suppression.suppressed(Map.of("a", 1L, "b", 3L, "c", 40L))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void empty_groups_reveal_nothing_and_are_not_counted_as_suppressed() {
        assertThat(suppression.suppressed(Map.of("a", 0L, "b", 40L))).isEmpty();
    }
}
