package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uz.fikr.demo.HistoryFixtures.TASHKENT;
import static uz.fikr.demo.HistoryFixtures.YEAR;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ServiceAreas;
import uz.fikr.survey.feedback.SurveyServiceFeedback;

class DemoFeedbackTests {

    private static final List<FeedbackSubmitted> FEEDBACK = DemoHistory.feedback(300, 42, YEAR);
    private static final List<String> LANGUAGES = List.of("uz-Latn", "uz-Cyrl", "ru", "en");

    @Test
    void the_same_seed_gives_the_same_feedback_with_ids_from_the_seed_and_the_index() {
        assertThat(DemoHistory.feedback(300, 42, YEAR)).isEqualTo(FEEDBACK);
        assertThat(FEEDBACK).extracting(FeedbackSubmitted::feedbackId).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 300).mapToObj(i -> DemoHistory.id("feedback", 42, i)).toList());
    }

    @Test
    void the_inbox_has_complaints_suggestions_praise_and_questions_in_every_language_all_year() {
        assertThat(FEEDBACK).extracting(FeedbackSubmitted::language).containsOnly(LANGUAGES.toArray(String[]::new));
        assertThat(FEEDBACK).extracting(FeedbackSubmitted::category).containsOnly(FeedbackCategory.values());
        assertThat(DemoHistory.feedback(3000, 42, YEAR)).extracting(FeedbackSubmitted::language,
                FeedbackSubmitted::category).containsAll(LANGUAGES.stream().flatMap(language ->
                        Arrays.stream(FeedbackCategory.values()).map(c -> tuple(language, c))).toList());
        assertThat(FEEDBACK).allSatisfy(item -> assertThat(item.receivedAt())
                .isAfterOrEqualTo(YEAR.start()).isBefore(YEAR.end()));
        for (int monthsAgo = 0; monthsAgo < 12; monthsAgo++) {
            LocalDate to = YEAR.today().minusMonths(monthsAgo);
            assertThat(FEEDBACK).filteredOn(item -> !day(item).isBefore(to.minusMonths(1)) && day(item).isBefore(to))
                    .isNotEmpty();
        }
    }

    @Test
    void each_item_names_a_service_area_and_mostly_a_branch() {
        assertThat(FEEDBACK).extracting(FeedbackSubmitted::serviceArea).isSubsetOf(ServiceAreas.ALL);
        assertThat(FEEDBACK).extracting(FeedbackSubmitted::branch).isSubsetOf(
                        Stream.concat(Branch.ids().stream(), Stream.of("")).toList())
                .filteredOn(String::isEmpty).hasSizeBetween(10, 50);
    }

    @Test
    void complaints_about_the_repairs_come_from_central_while_it_was_under_repair() {
        HistoryStory story = new HistoryStory(YEAR);
        List<String> repairTexts = FeedbackTexts.ALL.stream()
                .filter(text -> text.topic() == FeedbackTexts.Topic.REPAIRS).map(FeedbackTexts.Text::text).toList();

        assertThat(DemoHistory.feedback(3000, 42, YEAR)).filteredOn(item -> repairTexts.contains(item.text()))
                .isNotEmpty().allSatisfy(item -> {
                    assertThat(item.branch()).isEqualTo("central");
                    assertThat(day(item)).isAfterOrEqualTo(story.repairsStart()).isBefore(story.repairsEnd());
                });
    }

    @Test
    void every_item_is_exactly_the_event_survey_service_publishes_when_it_accepts_it() {
        assertThat(FEEDBACK).allSatisfy(item -> assertThat(SurveyServiceFeedback.resubmit(item)).isEqualTo(item));
    }

    private static LocalDate day(FeedbackSubmitted item) {
        return LocalDate.ofInstant(item.receivedAt(), TASHKENT);
    }
}
