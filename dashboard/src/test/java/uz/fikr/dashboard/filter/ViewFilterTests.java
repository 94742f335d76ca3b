package uz.fikr.dashboard.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;

class ViewFilterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void a_link_opens_the_same_view_it_was_copied_from() {
        var filter = new ViewFilter("service-quality", 2, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30),
                "chilonzor", "student");

        QueryParameters query = filter.toQueryParameters();

        assertThat(query.getParameters()).isEqualTo(QueryParameters.simple(Map.of("survey", "service-quality",
                "version", "2", "from", "2026-09-01", "to", "2026-11-30", "branch", "chilonzor", "group", "student"))
                .getParameters());
        assertThat(ViewFilter.of(query, TODAY)).isEqualTo(filter);
    }

    @Test
    void without_a_period_the_last_ninety_days_are_shown() {
        ViewFilter filter = ViewFilter.of(QueryParameters.empty(), TODAY);

        assertThat(filter.to()).isEqualTo(TODAY);
        assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(filter.survey()).isEmpty();
        assertThat(filter.branch()).isNull();
    }

    @Test
    void values_that_do_not_parse_are_dropped_rather_than_shown_as_an_error() {
        ViewFilter filter = ViewFilter.of(QueryParameters.full(Map.of(
                "survey", new String[] {"../../etc/passwd"},
                "version", new String[] {"-1"},
                "from", new String[] {"yesterday"},
                "to", new String[] {"2026-13-45"},
                "branch", new String[] {"central' OR 1=1 --"},
                "group", new String[] {"hackers"})), TODAY);

        assertThat(filter).isEqualTo(new ViewFilter("", null, TODAY.minusDays(89), TODAY, null, null));
    }

    @Test
    void a_period_given_backwards_is_turned_around() {
        ViewFilter filter = ViewFilter.of(QueryParameters.simple(Map.of("from", "2026-11-30", "to", "2026-11-01")),
                TODAY);

        assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_the_day_before() {
        var november = new ViewFilter("demo", null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null);

        ViewFilter previous = november.previousPeriod();

        assertThat(previous.from()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(previous.to()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void analytics_gets_the_period_version_branch_and_reader_group_by_its_own_parameter_names() {
        var filter = new ViewFilter("demo", 1, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "central",
                "teacher");

        assertThat(filter.analyticsParameters()).containsExactly(
                Map.entry("from", "2026-11-01"), Map.entry("to", "2026-11-30"), Map.entry("version", "1"),
                Map.entry("branch", "central"), Map.entry("readerGroup", "teacher"));
        assertThat(new ViewFilter("demo", null, TODAY, TODAY, null, null).analyticsParameters().keySet())
                .isEqualTo(java.util.Set.copyOf(List.of("from", "to")));
    }
}
