package uz.fikr.dashboard.inbox;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;

class InboxFilterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void reads_every_filter_from_the_address_in_any_case() {
        InboxFilter filter = of("from=2026-09-01&to=2026-11-30&serviceArea=reading_rooms&category=COMPLAINT"
                + "&branch=chilonzor&channel=WEB&status=in_progress&source=feedback&q=wi-fi");

        assertThat(filter).isEqualTo(new InboxFilter(LocalDate.of(2026, 9, 1), TODAY, "reading_rooms", "complaint",
                "chilonzor", "web", "IN_PROGRESS", "feedback", "wi-fi"));
    }

    @Test
    void drops_values_that_do_not_parse_and_falls_back_to_the_last_90_days() {
        InboxFilter filter = of("from=yesterday&serviceArea=nonsense&category=rant&branch=Bad%20Branch"
                + "&channel=fax&status=DONE&source=email&q=%20%20");

        assertThat(filter).isEqualTo(new InboxFilter(TODAY.minusDays(89), TODAY, null, null, null, null, null, null,
                null));
    }

    @Test
    void survey_answers_have_no_category_so_the_category_is_dropped_with_source_answer() {
        assertThat(of("source=answer&category=complaint").category()).isNull();
    }

    @Test
    void a_long_search_is_cut_to_what_analytics_accepts() {
        assertThat(of("q=" + "a".repeat(300)).q()).hasSize(InboxFilter.MAX_TEXT);
    }

    @Test
    void the_address_and_the_api_get_the_same_parameters_with_unset_ones_left_out() {
        InboxFilter filter = of("from=2026-09-01&to=2026-11-30&status=NEW&q=wifi");

        assertThat(filter.parameters()).containsExactly(entry("from", "2026-09-01"),
                entry("to", "2026-11-30"), entry("status", "NEW"),
                entry("q", "wifi"));
        assertThat(InboxFilter.of(filter.toQueryParameters(), TODAY)).isEqualTo(filter);
    }

    private static InboxFilter of(String query) {
        return InboxFilter.of(QueryParameters.fromString(query), TODAY);
    }
}
