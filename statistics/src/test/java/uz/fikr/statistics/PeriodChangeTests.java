package uz.fikr.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Reference values computed with SciPy 1.17.1 (Python): {@code scipy.stats.ttest_ind_from_stats(..., equal_var=False)}
 * for Welch's test; for two shares {@code scipy.stats.chi2_contingency(table, correction=False)}, whose p-value is the
 * two-sided p of the pooled two-proportion z-test; for two NPS, z = (NPS₁ − NPS₂) / √(var₁/n₁ + var₂/n₂) with
 * {@code 2 * scipy.stats.norm.sf(abs(z))}.
 */
class PeriodChangeTests {

    private static final Offset<Double> NINE_DIGITS = within(1e-9);

    @Test
    void welchs_test_from_means_and_standard_deviations_gives_scipys_result() {
        // the students' and teachers' ratings of the reference data set (analytics-service's StatisticsReferenceTests):
        // {4,5,3,4,4,5,2,4,3,5} and {3,2,3,4,2,3,3,1,2,3,4,2}; scipy: t = 3.040447610095598, p = 0.006936943152296
        PeriodChange change = PeriodChange.ofMeans(3.9, 0.9944289260117531, 10, 2.6666666666666665,
                0.8876253645985945, 12).orElseThrow();

        assertThat(change.difference()).isCloseTo(1.2333333333, NINE_DIGITS);
        assertThat(change.statistic()).isCloseTo(3.040447610095598, NINE_DIGITS);
        assertThat(change.pValue()).isCloseTo(0.006936943152296, NINE_DIGITS);
        assertThat(change.significant()).isTrue();
    }

    @Test
    void a_small_difference_of_means_is_not_significant() {
        // scipy: ttest_ind_from_stats(4.1, 0.9, 40, 4.0, 1.0, 35, equal_var=False) → p = 0.6522706316660208
        PeriodChange change = PeriodChange.ofMeans(4.1, 0.9, 40, 4.0, 1.0, 35).orElseThrow();

        assertThat(change.pValue()).isCloseTo(0.6522706316660208, NINE_DIGITS);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void two_shares_are_compared_with_the_pooled_two_proportion_z_test() {
        // 81 of 120 against 52 of 100: z = 2.341252288067351, p = 0.019219174974033
        PeriodChange change = PeriodChange.ofShares(81, 120, 52, 100).orElseThrow();

        assertThat(change.difference()).isCloseTo(0.675 - 0.52, NINE_DIGITS);
        assertThat(change.statistic()).isCloseTo(2.341252288067351, NINE_DIGITS);
        assertThat(change.pValue()).isCloseTo(0.019219174974033, NINE_DIGITS);
        assertThat(change.significant()).isTrue();
    }

    @Test
    void a_fall_in_a_share_has_a_negative_difference_and_statistic() {
        // 16 of 31 against 7 of 10: z = -1.0187925642249533, p = 0.30830145658480
        PeriodChange change = PeriodChange.ofShares(16, 31, 7, 10).orElseThrow();

        assertThat(change.statistic()).isCloseTo(-1.0187925642249533, NINE_DIGITS);
        assertThat(change.pValue()).isCloseTo(0.30830145658480, NINE_DIGITS);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void two_nps_are_compared_by_the_z_test_of_their_difference() {
        // NPS 25 (60 promoters, 30 passives, 30 detractors of 120) against 10 (40, 30, 30 of 100):
        // z = 1.3347622388448523, p = 0.18195417602296637
        PeriodChange change = PeriodChange.ofNps(60, 30, 120, 40, 30, 100).orElseThrow();

        assertThat(change.difference()).isCloseTo(15, NINE_DIGITS);
        assertThat(change.statistic()).isCloseTo(1.3347622388448523, NINE_DIGITS);
        assertThat(change.pValue()).isCloseTo(0.18195417602296637, NINE_DIGITS);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void fewer_than_two_answers_in_a_period_give_no_test() {
        assertThat(PeriodChange.ofMeans(4, 1, 1, 3, 1, 50)).isEmpty();
        assertThat(PeriodChange.ofShares(0, 0, 5, 10)).isEmpty();
        assertThat(PeriodChange.ofNps(1, 0, 1, 5, 2, 10)).isEmpty();
    }

    @Test
    void identical_answers_in_both_periods_differ_for_certain_or_not_at_all() {
        assertThat(PeriodChange.ofMeans(5, 0, 10, 5, 0, 12).orElseThrow())
                .isEqualTo(new PeriodChange(0, 0, 1, false));
        assertThat(PeriodChange.ofMeans(5, 0, 10, 4, 0, 12).orElseThrow().significant()).isTrue();
        assertThat(PeriodChange.ofShares(10, 10, 12, 12).orElseThrow().pValue()).isEqualTo(1);
    }
}
