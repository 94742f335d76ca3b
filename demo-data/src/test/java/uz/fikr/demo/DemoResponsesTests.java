package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoResponsesTests {

    private static final List<DemoResponse> MANY = DemoResponses.generate(20_000, 7);

    @Test
    void the_same_seed_gives_the_same_responses() {
        assertThat(DemoResponses.generate(300, 42)).isEqualTo(DemoResponses.generate(300, 42));
    }

    @Test
    void another_seed_gives_other_responses() {
        assertThat(DemoResponses.generate(50, 1)).doesNotContainAnyElementsOf(DemoResponses.generate(50, 2));
    }

    @Test
    void a_longer_load_starts_with_the_shorter_one() {
        assertThat(DemoResponses.generate(500, 42)).startsWith(DemoResponses.generate(300, 42).toArray(DemoResponse[]::new));
    }

    @Test
    void every_response_has_its_own_version_4_id() {
        assertThat(MANY).extracting(DemoResponse::responseId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.version()).isEqualTo(4));
    }

    @Test
    void every_value_is_one_the_api_accepts() {
        assertThat(MANY).allSatisfy(response -> {
            assertThat(response.surveyId()).isEqualTo("demo");
            assertThat(response.surveyVersion()).isEqualTo(1);
            assertThat(response.channel()).isIn("web", "qr", "kiosk", "widget", "interview", "paper");
            assertThat(response.branch()).matches("[a-z0-9-]{1,64}")
                    .isIn("central", "chilonzor", "yunusobod", "samarqand-darvoza");
            assertThat(response.respondent().readerGroup()).isIn("pupil", "student", "teacher", "researcher",
                    "young_adult", "working_adult", "elderly", "disability");
            assertThat(response.respondent().ageBand())
                    .isIn("under_14", "14_17", "18_24", "25_34", "35_54", "55_64", "65_plus");
            assertThat(response.answers().satisfaction()).isBetween(1, 5);
            assertThat(response.answers().recommend()).isBetween(0, 10);
            if (response.answers().visitedService() != null) {
                assertThat(response.answers().visitedService())
                        .isIn("lending", "reading_room", "reference", "digital", "events");
            }
            if (response.answers().comment() != null) {
                assertThat(response.answers().comment()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            }
        });
    }

    @Test
    void every_channel_branch_group_age_band_score_and_service_occurs() {
        assertThat(MANY).extracting(DemoResponse::channel).containsAll(DemoResponses.CHANNELS);
        assertThat(MANY).extracting(DemoResponse::branch).containsAll(DemoResponses.BRANCHES);
        assertThat(MANY).extracting(r -> r.respondent().readerGroup()).containsAll(DemoResponses.READER_GROUPS);
        assertThat(MANY).extracting(r -> r.respondent().ageBand()).containsAll(DemoResponses.AGE_BANDS);
        assertThat(MANY).extracting(r -> r.answers().satisfaction()).contains(1, 2, 3, 4, 5);
        assertThat(MANY).extracting(r -> r.answers().recommend()).contains(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(MANY).extracting(r -> r.answers().visitedService()).containsAll(DemoResponses.VISITED_SERVICES)
                .containsNull();
    }

    @Test
    void age_bands_fit_the_reader_group() {
        assertThat(MANY).filteredOn(r -> r.respondent().readerGroup().equals("pupil"))
                .extracting(r -> r.respondent().ageBand()).containsOnly("under_14", "14_17");
        assertThat(MANY).filteredOn(r -> r.respondent().readerGroup().equals("elderly"))
                .extracting(r -> r.respondent().ageBand()).containsOnly("55_64", "65_plus");
    }

    @Test
    void students_rate_reading_rooms_lower_than_other_readers() {
        Predicate<DemoResponse> readingRoom = r -> "reading_room".equals(r.answers().visitedService());
        Predicate<DemoResponse> student = r -> r.respondent().readerGroup().equals("student");
        assertThat(meanSatisfaction(readingRoom.and(student)))
                .isLessThan(meanSatisfaction(readingRoom.and(student.negate())) - 0.5);
    }

    @Test
    void branches_differ_in_satisfaction() {
        assertThat(meanSatisfaction(r -> r.branch().equals("central")))
                .isGreaterThan(meanSatisfaction(r -> r.branch().equals("yunusobod")) + 0.3);
    }

    @Test
    void recommending_follows_satisfaction() {
        assertThat(meanRecommend(r -> r.answers().satisfaction() == 5))
                .isGreaterThan(meanRecommend(r -> r.answers().satisfaction() == 3) + 2)
                .isGreaterThan(8.5);
        assertThat(meanRecommend(r -> r.answers().satisfaction() == 1)).isLessThan(3);
    }

    @Test
    void about_a_third_of_readers_comment_in_four_languages() {
        List<String> comments = MANY.stream().map(r -> r.answers().comment()).filter(Objects::nonNull).toList();
        assertThat(comments.size()).isBetween(MANY.size() / 5, MANY.size() / 2);
        assertThat(comments).anyMatch(c -> c.contains("oʻ")).anyMatch(c -> c.contains("gʻ"));
        assertThat(comments).anyMatch(c -> c.contains("ў")); // Uzbek Cyrillic
        assertThat(comments).anyMatch(c -> c.contains("читальном")); // Russian
        assertThat(comments).anyMatch(c -> c.contains("reading room")); // English
        assertThat(comments.stream().collect(Collectors.toSet())).hasSameSizeAs(DemoComments.all());
    }

    @Test
    void unhappy_readers_do_not_write_praise() {
        assertThat(MANY).filteredOn(r -> r.answers().satisfaction() <= 2)
                .extracting(r -> r.answers().comment()).filteredOn(Objects::nonNull)
                .doesNotContain("Kutubxonachilar juda xushmuomala, rahmat!", "Friendly staff and a great selection of new books.");
    }

    @Test
    void no_responses_for_a_count_of_zero_and_an_error_for_a_negative_one() {
        assertThat(DemoResponses.generate(0, 42)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DemoResponses.generate(-1, 42));
    }

    private static double meanSatisfaction(Predicate<DemoResponse> filter) {
        return MANY.stream().filter(filter).mapToInt(r -> r.answers().satisfaction()).average().orElseThrow();
    }

    private static double meanRecommend(Predicate<DemoResponse> filter) {
        return MANY.stream().filter(filter).mapToInt(r -> r.answers().recommend()).average().orElseThrow();
    }
}
