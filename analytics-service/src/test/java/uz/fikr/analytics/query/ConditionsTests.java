package uz.fikr.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConditionsTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void no_filter_restricts_to_the_survey_only() {
        assertThat(Conditions.of("demo", AnswerFilter.NONE, TASHKENT)).isEqualTo("survey_id = 'demo'");
    }

    @Test
    void dates_are_whole_days_in_the_library_time_zone_both_inclusive() {
        AnswerFilter november = new AnswerFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null,
                null, null, null);

        assertThat(Conditions.of("demo", november, TASHKENT)).isEqualTo("survey_id = 'demo'"
                + " AND received_at >= toDateTime('2026-10-31 19:00:00', 'UTC')"
                + " AND received_at < toDateTime('2026-11-30 19:00:00', 'UTC')");
    }

    @Test
    void every_filter_value_is_a_quoted_literal() {
        AnswerFilter hostile = new AnswerFilter(null, null, 2, "x' OR '1'='1", "student'--", "18_24", "qr\\");

        assertThat(Conditions.of("demo'; DROP TABLE answers; --", hostile, TASHKENT)).isEqualTo(
                "survey_id = 'demo\\'; DROP TABLE answers; --' AND survey_version = 2"
                        + " AND branch = 'x\\' OR \\'1\\'=\\'1' AND reader_group = 'student\\'--'"
                        + " AND age_band = '18_24' AND channel = 'qr\\\\'");
    }

    @Test
    void pre_aggregated_rows_are_filtered_by_their_day_version_and_the_grouping_set_of_the_one_filtered_column() {
        AnswerFilter filter = new AnswerFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 2,
                "x' OR '1'='1", null, null, null);

        assertThat(Conditions.ofDays("demo", filter, null)).isEqualTo("survey_id = 'demo'"
                + " AND day >= toDate('2026-11-01') AND day <= toDate('2026-11-30') AND survey_version = 2"
                + " AND dim = 'branch' AND dim_value = 'x\\' OR \\'1\\'=\\'1'");
    }

    @Test
    void an_unfiltered_read_takes_the_set_of_all_responses_and_a_grouped_one_the_set_of_its_column() {
        assertThat(Conditions.ofDays("demo", AnswerFilter.NONE, null)).isEqualTo("survey_id = 'demo' AND dim = ''");
        assertThat(Conditions.ofDays("demo", AnswerFilter.NONE, Grouping.READER_GROUP))
                .isEqualTo("survey_id = 'demo' AND dim = 'reader_group'");
        assertThat(Conditions.ofDays("demo", new AnswerFilter(null, null, null, null, "student", null, null),
                Grouping.READER_GROUP)).isEqualTo("survey_id = 'demo' AND dim = 'reader_group'"
                        + " AND dim_value = 'student'");
    }

    @Test
    void a_read_filtered_or_grouped_by_two_columns_has_no_grouping_set() {
        AnswerFilter branch = new AnswerFilter(null, null, 1, "central", null, null, null);

        assertThat(Conditions.oneGroupingSet(branch, null)).isTrue();
        assertThat(Conditions.oneGroupingSet(branch, Grouping.BRANCH)).isTrue();
        assertThat(Conditions.oneGroupingSet(branch, Grouping.CHANNEL)).isFalse();
        assertThat(Conditions.oneGroupingSet(new AnswerFilter(null, null, null, "central", null, null, "qr"), null))
                .isFalse();
        assertThatThrownBy(() -> Conditions.ofDays("demo", branch, Grouping.AGE_BAND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void raw_rows_outside_the_aggregated_days_are_the_gaps_between_their_runs_in_library_time() {
        var days = new java.util.TreeSet<>(java.util.List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5)));

        assertThat(Conditions.outside(days, TASHKENT)).isEqualTo("(received_at < toDateTime('2026-11-01 19:00:00',"
                + " 'UTC') OR (received_at >= toDateTime('2026-11-03 19:00:00', 'UTC') AND received_at <"
                + " toDateTime('2026-11-04 19:00:00', 'UTC')) OR received_at >= toDateTime('2026-11-05 19:00:00',"
                + " 'UTC'))");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new AnswerFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1), null, null,
                null, null, null)).hasMessageContaining("from must not be after to");
    }

    @Test
    void groupings_name_only_whitelisted_columns() {
        assertThat(Grouping.fromParameter("readerGroup")).contains(Grouping.READER_GROUP);
        assertThat(Grouping.READER_GROUP.column()).isEqualTo("reader_group");
        assertThat(Grouping.fromParameter("reader_group; DROP TABLE answers")).isEmpty();
    }
}
