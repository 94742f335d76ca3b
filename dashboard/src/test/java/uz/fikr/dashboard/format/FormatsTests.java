package uz.fikr.dashboard.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTests {

    private static final Formats UZBEK = Formats.of(Locale.of("uz"));
    private static final Formats RUSSIAN = Formats.of(Locale.of("ru"));
    private static final Formats ENGLISH = Formats.of(Locale.ENGLISH);

    @Test
    void uzbek_and_russian_write_a_decimal_comma_and_english_a_point() {
        assertThat(UZBEK.number(3.456, 2)).isEqualTo("3,46");
        assertThat(RUSSIAN.number(3.456, 1)).isEqualTo("3,5");
        assertThat(ENGLISH.number(3.456, 1)).isEqualTo("3.5");
    }

    @Test
    void an_estimate_is_written_with_its_interval() {
        assertThat(ENGLISH.interval(3.41, 3.2, 3.63, 1)).isEqualTo("3.4 (3.2–3.6)");
        assertThat(RUSSIAN.interval(3.41, 3.2, 3.63, 1)).isEqualTo("3,4 (3,2–3,6)");
    }

    @Test
    void changes_carry_their_sign_and_p_values_below_a_thousandth_are_not_spelled_out() {
        assertThat(ENGLISH.change(0.3, 1)).isEqualTo("+0.3");
        assertThat(ENGLISH.change(-0.25, 2)).isEqualTo("−0.25");
        assertThat(ENGLISH.pValue(0.0031)).isEqualTo("p = 0.003");
        assertThat(ENGLISH.pValue(0.00002)).isEqualTo("p < 0.001");
        assertThat(UZBEK.pValue(0.041)).isEqualTo("p = 0,041");
    }

    @Test
    void a_missing_figure_is_a_dash_not_nan() {
        assertThat(ENGLISH.number(Double.NaN, 1)).isEqualTo("–");
        assertThat(ENGLISH.percent(Double.NaN, 0)).isEqualTo("–");
    }

    @Test
    void counts_are_grouped_the_language_s_way() {
        assertThat(ENGLISH.integer(12345)).isEqualTo("12,345");
        assertThat(RUSSIAN.integer(12345)).isEqualTo("12\u00a0345");
    }

    @Test
    void times_are_shown_in_tashkent() {
        // 20:30 UTC is 01:30 the next day in Tashkent (UTC+5)
        assertThat(ENGLISH.dateTime(Instant.parse("2026-11-29T20:30:00Z"))).contains("Nov 30, 2026").contains("1:30");
        assertThat(ENGLISH.date(LocalDate.of(2026, 11, 30))).isEqualTo("Nov 30, 2026");
    }
}
