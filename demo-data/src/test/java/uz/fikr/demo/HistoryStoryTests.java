package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uz.fikr.demo.HistoryFixtures.YEAR;
import static uz.fikr.demo.HistoryFixtures.at;
import static uz.fikr.demo.HistoryFixtures.between;
import static uz.fikr.demo.HistoryFixtures.firstQuarter;
import static uz.fikr.demo.HistoryFixtures.lastQuarter;
import static uz.fikr.demo.HistoryFixtures.mean;
import static uz.fikr.demo.HistoryFixtures.number;
import static uz.fikr.demo.HistoryFixtures.survey;
import static uz.fikr.demo.HistoryFixtures.visitedOtherThanDigital;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.ResponseSubmitted;

/** The findings the year of history is made to show, each by its designed amount give or take the noise. */
class HistoryStoryTests {

    /** Many readers, so that the noise is small against the designed amounts. */
    private static final List<ResponseSubmitted> MANY = DemoHistory.responses(40_000, 7, YEAR, "librarian");
    private static final HistoryStory STORY = new HistoryStory(YEAR);
    private static final double NOISE = 0.15;

    @Test
    void the_story_s_dates_fall_inside_the_year() {
        assertThat(STORY.extensionOpens()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(STORY.repairsStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(STORY.repairsEnd()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void yunusobod_is_more_satisfied_in_the_last_quarter_than_the_first_by_what_its_extension_brought() {
        Predicate<ResponseSubmitted> yunusobod = visitedOtherThanDigital().and(at("yunusobod"));
        Predicate<ResponseSubmitted> chilonzor = visitedOtherThanDigital().and(at("chilonzor"));

        assertThat(satisfaction(yunusobod.and(lastQuarter())) - satisfaction(yunusobod.and(firstQuarter())))
                .isCloseTo(HistoryStory.CROWDING, within(NOISE));
        assertThat(satisfaction(chilonzor.and(lastQuarter())) - satisfaction(chilonzor.and(firstQuarter())))
                .isCloseTo(0, within(NOISE));
    }

    @Test
    void yunusobod_rises_within_weeks_of_the_extension_opening_not_before() {
        Predicate<ResponseSubmitted> yunusobod = visitedOtherThanDigital().and(at("yunusobod"));
        LocalDate opens = STORY.extensionOpens();

        double before = satisfaction(yunusobod.and(between(opens.minusMonths(2), opens)));
        double after = satisfaction(yunusobod.and(between(opens.plusDays(28), opens.plusMonths(3))));

        assertThat(after - before).isCloseTo(HistoryStory.CROWDING, within(NOISE));
    }

    @Test
    void the_shortfall_of_the_digital_services_below_readers_minimum_narrows_over_the_year() {
        Predicate<ResponseSubmitted> notYunusobod = at("yunusobod").negate();
        double first = adequacyGap(notYunusobod.and(firstQuarter()), "digital");
        double last = adequacyGap(notYunusobod.and(lastQuarter()), "digital");
        double designed = HistoryStory.DIGITAL_LAG_PERCEIVED * (lag(firstQuarter()) - lag(lastQuarter()));

        assertThat(last - first).isCloseTo(designed, within(NOISE));
        assertThat(designed).isGreaterThan(0.8);
        assertThat(adequacyGap(notYunusobod.and(lastQuarter()), "collections")
                - adequacyGap(notYunusobod.and(firstQuarter()), "collections")).isCloseTo(0, within(NOISE));
    }

    @Test
    void central_dips_for_the_quarter_of_its_repairs_and_recovers_after() {
        Predicate<ResponseSubmitted> central = visitedOtherThanDigital().and(at("central"));
        LocalDate start = STORY.repairsStart();
        LocalDate end = STORY.repairsEnd();

        double before = satisfaction(central.and(between(start.minusMonths(3), start)));
        double during = satisfaction(central.and(between(start, end)));
        double after = satisfaction(central.and(between(end, end.plusMonths(3))));

        assertThat(before - during).isCloseTo(HistoryStory.REPAIRS, within(NOISE));
        assertThat(after - during).isCloseTo(HistoryStory.REPAIRS, within(NOISE));
    }

    @Test
    void overall_service_quality_at_central_dips_with_its_library_as_place() {
        Predicate<ResponseSubmitted> central = survey(QualityResponses.SURVEY_ID).and(at("central"));
        LocalDate start = STORY.repairsStart();

        double before = mean(MANY, central.and(between(start.minusMonths(3), start)), r -> number(r, "overall"));
        double during = mean(MANY, central.and(between(start, STORY.repairsEnd())), r -> number(r, "overall"));

        assertThat(before - during).isGreaterThan(0.4);
    }

    private static double satisfaction(Predicate<ResponseSubmitted> which) {
        return mean(MANY, which, r -> number(r, "satisfaction"));
    }

    /** The mean perceived level minus the minimum over consistent ratings of the items of a service area. */
    private static double adequacyGap(Predicate<ResponseSubmitted> which, String serviceArea) {
        return MANY.stream().filter(survey(QualityResponses.SURVEY_ID).and(which))
                .flatMap(r -> r.answers().entrySet().stream())
                .filter(answer -> answer.getKey().startsWith("q_")
                        && QualitySurvey.item(answer.getKey()).serviceArea().equals(serviceArea))
                .flatMap(answer -> answer.getValue() instanceof AnswerValue.Quality quality
                        && quality.minimum() <= quality.desired() ? Stream.of(quality) : Stream.empty())
                .mapToInt(quality -> quality.perceived() - quality.minimum()).average().orElseThrow();
    }

    /** How far behind the digital services were, on average, for the quality responses of a period. */
    private static double lag(Predicate<ResponseSubmitted> period) {
        return mean(MANY, survey(QualityResponses.SURVEY_ID).and(period), r -> 1 - YEAR.progress(r.receivedAt()));
    }
}
