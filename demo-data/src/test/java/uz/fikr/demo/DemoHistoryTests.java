package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uz.fikr.demo.HistoryFixtures.TASHKENT;
import static uz.fikr.demo.HistoryFixtures.YEAR;
import static uz.fikr.demo.HistoryFixtures.between;
import static uz.fikr.demo.HistoryFixtures.survey;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.survey.response.SurveyServiceResponses;

class DemoHistoryTests {

    private static final List<ResponseSubmitted> HISTORY = DemoHistory.responses(3000, 42, YEAR, "librarian");

    @Test
    void the_same_seed_and_day_give_the_same_history_and_another_seed_another() {
        assertThat(DemoHistory.responses(3000, 42, YEAR, "librarian")).isEqualTo(HISTORY);
        assertThat(DemoHistory.responses(300, 43, YEAR, "librarian")).extracting(ResponseSubmitted::responseId)
                .doesNotContainAnyElementsOf(ids(HISTORY));
    }

    @Test
    void ids_come_from_the_seed_and_the_index_and_never_meet_the_live_demo_s() {
        assertThat(ids(HISTORY)).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 3000).mapToObj(i -> DemoHistory.id("responses", 42, i)).toList())
                .allMatch(id -> id.version() == 3)
                .doesNotContainAnyElementsOf(Stream.concat(
                        DemoResponses.generate(300, 42).stream(), QualityResponses.generate(200, 42).stream())
                        .map(Submission::responseId).toList());
    }

    @Test
    void every_response_was_received_in_opening_hours_in_the_twelve_months_before_today_each_month_busy() {
        assertThat(HISTORY).allSatisfy(response -> {
            assertThat(response.receivedAt()).isAfterOrEqualTo(YEAR.start()).isBefore(YEAR.end());
            assertThat(LocalTime.ofInstant(response.receivedAt(), TASHKENT))
                    .isBetween(LocalTime.of(9, 0), LocalTime.of(20, 0));
        });
        assertThat(YEAR.first()).isEqualTo(LocalDate.of(2025, 11, 30));
        for (int monthsAgo = 0; monthsAgo < 12; monthsAgo++) {
            LocalDate to = YEAR.today().minusMonths(monthsAgo);
            assertThat(HISTORY).filteredOn(between(to.minusMonths(1), to)).hasSizeGreaterThan(60);
        }
        assertThat(HISTORY).isSortedAccordingTo(Comparator.comparing(ResponseSubmitted::receivedAt));
    }

    @Test
    void readers_answer_far_less_in_the_summer_holidays_than_in_term_time() {
        double summer = perDay(Month.JULY, Month.AUGUST);
        double autumn = perDay(Month.OCTOBER, Month.NOVEMBER);

        assertThat(summer).isLessThan(0.5 * autumn);
        assertThat(perDay(Month.JUNE)).isBetween(summer, autumn);
    }

    @Test
    void three_in_five_responses_are_to_the_demo_survey_the_rest_to_the_service_quality_survey() {
        assertThat(HISTORY).extracting(ResponseSubmitted::surveyId)
                .containsOnly(DemoResponses.SURVEY_ID, QualityResponses.SURVEY_ID);
        assertThat((double) HISTORY.stream().filter(survey(DemoResponses.SURVEY_ID)).count() / HISTORY.size())
                .isBetween(0.57, 0.63);
    }

    @Test
    void the_librarian_is_named_on_interviews_and_paper_forms_and_nowhere_else() {
        Predicate<ResponseSubmitted> byStaff = r -> r.channel() == Channel.INTERVIEW || r.channel() == Channel.PAPER;

        assertThat(HISTORY).filteredOn(byStaff).isNotEmpty().allMatch(r -> "librarian".equals(r.enteredBy()));
        assertThat(HISTORY).filteredOn(byStaff.negate()).isNotEmpty().allMatch(r -> r.enteredBy() == null);
    }

    @Test
    void every_response_is_exactly_the_event_survey_service_publishes_when_it_accepts_it() {
        assertThat(HISTORY).allSatisfy(response -> {
            ResponseSubmitted published = SurveyServiceResponses.resubmit(response);
            assertThat(published).isEqualTo(response);
            assertThat(new String(EventJson.write(published))).isEqualTo(new String(EventJson.write(response)));
        });
    }

    @Test
    void no_history_for_a_count_of_zero_and_an_error_for_a_negative_one() {
        assertThat(DemoHistory.responses(0, 42, YEAR, "librarian")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DemoHistory.responses(-1, 42, YEAR, "librarian"));
    }

    /** Responses per day of those months, over the year of history. */
    private static double perDay(Month... months) {
        Set<Month> wanted = Set.of(months);
        long days = YEAR.days().stream().filter(day -> wanted.contains(day.getMonth())).count();
        long responses = HISTORY.stream()
                .filter(r -> wanted.contains(LocalDate.ofInstant(r.receivedAt(), TASHKENT).getMonth())).count();
        return (double) responses / days;
    }

    private static Set<UUID> ids(List<ResponseSubmitted> responses) {
        return responses.stream().map(ResponseSubmitted::responseId).collect(Collectors.toSet());
    }
}
