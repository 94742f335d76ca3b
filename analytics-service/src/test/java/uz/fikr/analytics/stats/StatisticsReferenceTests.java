package uz.fikr.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Each statistic against reference values computed independently (SciPy 1.17: scipy.stats.ttest_ind, f_oneway,
 * chi2_contingency, binomtest(...).proportion_ci(method='wilson'), numpy.cov and least squares on standardised
 * data), to at least 6 significant digits, plus the edge cases.
 */
class StatisticsReferenceTests {

    private static final Offset<Double> SIX_DIGITS = within(1e-6);
    private static final double[] A = {4, 5, 3, 4, 4, 5, 2, 4, 3, 5};
    private static final double[] B = {3, 2, 3, 4, 2, 3, 3, 1, 2, 3, 4, 2};
    private static final double[] C = {5, 4, 5, 5, 4, 3, 5};

    @Test
    void mean_standard_deviation_and_t_interval_match_the_reference() {
        Moments a = Moments.of(A);

        assertThat(a.mean()).isCloseTo(3.9, SIX_DIGITS);
        assertThat(a.standardDeviation()).isCloseTo(0.9944289260, SIX_DIGITS);
        assertThat(a.meanInterval(0.95)).hasValueSatisfying(interval -> {
            assertThat(interval.lower()).isCloseTo(3.1886284003, SIX_DIGITS);
            assertThat(interval.upper()).isCloseTo(4.6113715997, SIX_DIGITS);
        });
    }

    @Test
    void a_mean_of_nothing_or_of_one_answer_has_no_interval() {
        assertThat(Moments.EMPTY.mean()).isNaN();
        assertThat(Moments.EMPTY.meanInterval(0.95)).isEmpty();
        assertThat(Moments.of(4).mean()).isEqualTo(4);
        assertThat(Moments.of(4).variance()).isNaN();
        assertThat(Moments.of(4).meanInterval(0.95)).isEmpty();
    }

    @Test
    void identical_answers_have_zero_variance_and_a_point_interval() {
        Moments same = Moments.of(3, 3, 3, 3);

        assertThat(same.variance()).isZero();
        assertThat(same.meanInterval(0.95)).contains(Interval.point(3));
    }

    @Test
    void welch_test_and_cohens_d_match_the_reference() {
        WelchTest test = WelchTest.of(Moments.of(A), Moments.of(B));

        assertThat(test.t()).isCloseTo(3.0404476101, SIX_DIGITS);
        assertThat(test.degreesOfFreedom()).isCloseTo(18.3132820521, SIX_DIGITS);
        assertThat(test.pValue()).isCloseTo(0.0069369432, within(1e-9));
        assertThat(test.cohensD()).isCloseTo(1.3159845390, SIX_DIGITS);
    }

    @Test
    void welch_test_refuses_a_group_of_one_and_handles_identical_groups() {
        assertThatThrownBy(() -> WelchTest.of(Moments.of(1), Moments.of(A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WelchTest.of(Moments.of(3, 3), Moments.of(3, 3, 3)).pValue()).isEqualTo(1);
    }

    @Test
    void one_way_anova_and_eta_squared_match_the_reference() {
        OneWayAnova anova = OneWayAnova.of(List.of(Moments.of(A), Moments.of(B), Moments.of(C)));

        assertThat(anova.f()).isCloseTo(9.7498244612, SIX_DIGITS);
        assertThat(anova.dfBetween()).isEqualTo(2);
        assertThat(anova.dfWithin()).isEqualTo(26);
        assertThat(anova.pValue()).isCloseTo(0.000692705969735, within(1e-10));
        assertThat(anova.etaSquared()).isCloseTo(0.4285670194, SIX_DIGITS);
    }

    @Test
    void anova_refuses_an_empty_group() {
        assertThatThrownBy(() -> OneWayAnova.of(List.of(Moments.of(A), Moments.EMPTY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holm_adjusts_step_down_and_keeps_the_order() {
        // worked by hand: sorted 0.01, 0.02, 0.03, 0.04 -> 0.04, 0.06, 0.06 (monotone), 0.06
        double[] adjusted = Holm.adjust(new double[] {0.03, 0.01, 0.04, 0.02});

        assertThat(adjusted).containsExactly(new double[] {0.06, 0.04, 0.06, 0.06}, within(1e-12));
        assertThat(Holm.adjust(new double[] {0.5, 0.9})).containsExactly(new double[] {1, 1}, within(1e-12));
        assertThat(Holm.adjust(new double[0])).isEmpty();
    }

    @Test
    void wilson_intervals_match_the_reference_including_the_extremes() {
        assertThat(new Proportion(7, 10).wilson(0.95)).hasValueSatisfying(interval -> {
            assertThat(interval.lower()).isCloseTo(0.3967781475, SIX_DIGITS);
            assertThat(interval.upper()).isCloseTo(0.8922087326, SIX_DIGITS);
        });
        assertThat(new Proportion(81, 263).wilson(0.95)).hasValueSatisfying(interval -> {
            assertThat(interval.lower()).isCloseTo(0.2552885199, SIX_DIGITS);
            assertThat(interval.upper()).isCloseTo(0.3662095770, SIX_DIGITS);
        });
        assertThat(new Proportion(0, 10).wilson(0.95).orElseThrow().lower()).isCloseTo(0, SIX_DIGITS);
        assertThat(new Proportion(0, 10).wilson(0.95).orElseThrow().upper()).isCloseTo(0.2775327999, SIX_DIGITS);
        assertThat(new Proportion(1, 1).wilson(0.95).orElseThrow().lower()).isCloseTo(0.2065493144, SIX_DIGITS);
        assertThat(new Proportion(0, 0).wilson(0.95)).isEmpty();
    }

    @Test
    void nps_and_its_interval_match_the_reference() {
        NetPromoterScore nps = new NetPromoterScore(40, 35, 25);

        assertThat(nps.score()).isCloseTo(15, SIX_DIGITS);
        assertThat(nps.interval(0.95)).hasValueSatisfying(interval -> {
            assertThat(interval.lower()).isCloseTo(-0.5258346313, SIX_DIGITS);
            assertThat(interval.upper()).isCloseTo(30.5258346313, SIX_DIGITS);
        });
        assertThat(NetPromoterScore.fromCounts(new long[] {1, 0, 0, 0, 0, 0, 2, 3, 0, 4, 5}))
                .isEqualTo(new NetPromoterScore(9, 3, 3));
        assertThat(new NetPromoterScore(0, 0, 0).score()).isNaN();
    }

    @Test
    void chi_square_independence_matches_the_reference_and_drops_empty_columns() {
        ChiSquareIndependence test = ChiSquareIndependence.of(new long[][] {{20, 15, 5, 0}, {10, 25, 15, 0}});

        assertThat(test.chiSquare()).isCloseTo(9.84375, SIX_DIGITS);
        assertThat(test.degreesOfFreedom()).isEqualTo(2);
        assertThat(test.pValue()).isCloseTo(0.00728545779894, within(1e-10));
        assertThat(test.cramersV()).isCloseTo(0.3307189139, SIX_DIGITS);
    }

    @Test
    void cronbach_alpha_from_the_covariance_matrix_matches_the_reference() {
        double[][] covariance = {{1.1, 1.0, 1.0}, {1.0, 1.466666666666667, 1.0666666666666667},
            {1.0, 1.0666666666666667, 1.466666666666667}};

        assertThat(CronbachAlpha.of(covariance)).isCloseTo(0.9049180328, SIX_DIGITS);
        assertThat(CronbachAlpha.of(new double[][] {{0, 0}, {0, 0}})).isNaN();
    }

    @Test
    void key_drivers_equal_the_regression_on_standardised_data() {
        KeyDrivers drivers = KeyDrivers.of(new double[][] {{1, 0.4218285055532054}, {0.4218285055532054, 1}},
                new double[] {0.7098021824823836, 0.38942958830483454});

        assertThat(drivers.standardisedCoefficients()[0]).isCloseTo(0.663612399097, SIX_DIGITS);
        assertThat(drivers.standardisedCoefficients()[1]).isCloseTo(0.109498961727, SIX_DIGITS);
        assertThat(drivers.rSquared()).isCloseTo(0.513675664787, SIX_DIGITS);
        assertThatThrownBy(() -> KeyDrivers.of(new double[][] {{1, 1}, {1, 1}}, new double[] {0.5, 0.5}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairwise_correlations_that_no_data_set_could_produce_are_recognised() {
        assertThat(KeyDrivers.isConsistent(new double[][] {{1, 0.4218285055532054}, {0.4218285055532054, 1}}))
                .isTrue();
        // a and b almost the same, b and c almost the same, yet a and c opposite: impossible together
        assertThat(KeyDrivers.isConsistent(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}))
                .isFalse();
    }

    @Test
    void median_and_top_two_box_come_from_counts_per_value() {
        OrdinalCounts even = OrdinalCounts.of(Map.of(1, 1L, 2, 2L, 3, 3L, 4, 2L, 5, 2L));
        OrdinalCounts between = OrdinalCounts.of(Map.of(2, 2L, 4, 2L));

        assertThat(even.median()).contains(3.0);
        assertThat(between.median()).contains(3.0);
        assertThat(even.atLeast(4)).isEqualTo(new Proportion(4, 10));
        assertThat(OrdinalCounts.of(Map.of()).median()).isEmpty();
    }
}
