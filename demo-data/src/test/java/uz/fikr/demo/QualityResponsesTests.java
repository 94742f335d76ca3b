package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import uz.fikr.demo.QualityResponse.ItemAnswer;
import uz.fikr.demo.QualityResponse.Rated;
import uz.fikr.demo.QualitySurvey.Dimension;
import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

class QualityResponsesTests {

    private static final List<QualityResponse> MANY = QualityResponses.generate(20_000, 7);
    private static final SurveyDefinition SURVEY = BuiltInSurveys.serviceQuality();

    @Test
    void the_same_seed_gives_the_same_responses_and_a_longer_load_starts_with_the_shorter_one() {
        assertThat(QualityResponses.generate(200, 42)).isEqualTo(QualityResponses.generate(200, 42));
        assertThat(QualityResponses.generate(300, 42))
                .startsWith(QualityResponses.generate(200, 42).toArray(QualityResponse[]::new));
    }

    @Test
    void another_seed_gives_other_responses() {
        assertThat(QualityResponses.generate(50, 1)).doesNotContainAnyElementsOf(QualityResponses.generate(50, 2));
    }

    @Test
    void response_ids_are_version_4_and_differ_from_the_demo_survey_s_for_the_same_seed() {
        assertThat(MANY).extracting(QualityResponse::responseId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.version()).isEqualTo(4))
                .noneMatch(DemoResponses.generate(20_000, 7).stream().map(DemoResponse::responseId)
                        .collect(Collectors.toSet())::contains);
    }

    @Test
    void every_response_fits_the_built_in_survey() {
        assertThat(MANY.subList(0, 3_000)).allSatisfy(response -> {
            assertThat(response.surveyId()).isEqualTo(SURVEY.id());
            assertThat(response.surveyVersion()).isEqualTo(SURVEY.version());
            assertThat(Channel.fromCode(response.channel())).isPresent();
            assertThat(response.branch()).matches(ReaderProfiles.BRANCH).isIn(DemoResponses.BRANCHES);
            assertThat(response.respondent().readerGroup()).isIn(ReaderProfiles.READER_GROUPS);
            assertThat(response.respondent().ageBand()).isIn(ReaderProfiles.AGE_BANDS);
            @SuppressWarnings("unchecked")
            Map<String, Object> answers = (Map<String, Object>) response.toRequestBody().get("answers");
            assertThat(answers).containsKeys("overall", "recommend");
            answers.forEach((id, value) -> assertFits(SURVEY.question(id).orElseThrow(), value));
        });
    }

    @Test
    void about_one_reader_in_four_rates_every_item_of_some_dimension() {
        long full = MANY.stream().filter(response -> java.util.Arrays.stream(QualitySurvey.Dimension.values())
                .anyMatch(dimension -> QualitySurvey.ITEMS.stream().filter(item -> item.dimension() == dimension)
                        .allMatch(item -> response.answers().items().containsKey(item.id())))).count();

        assertThat((double) full / MANY.size()).isBetween(0.2, 0.3);
    }

    @Test
    void each_reader_rates_the_linking_items_and_8_to_14_items_in_all() {
        assertThat(MANY).allSatisfy(response -> assertThat(response.answers().items())
                .containsKeys(QualitySurvey.LINKING_ITEMS.toArray(String[]::new))
                .hasSizeBetween(QualityResponses.MIN_ITEMS, QualityResponses.MAX_ITEMS));
        assertThat(MANY).extracting(r -> r.answers().items().size()).contains(8, 14);
        assertThat(MANY).flatExtracting(r -> r.answers().items().keySet())
                .containsAll(QualitySurvey.ITEMS.stream().map(QualitySurvey.Item::id).toList());
    }

    @Test
    void about_three_percent_of_ratings_are_inconsistent_and_the_rest_have_the_minimum_below_the_desired_level() {
        List<Rated> ratings = ratings(r -> true, item -> true).toList();

        assertThat(share(ratings, Rated::inconsistent)).isBetween(0.02, 0.04);
        assertThat(ratings).filteredOn(r -> !r.inconsistent()).allMatch(r -> r.minimum() < r.desired());
    }

    @Test
    void about_ten_percent_of_item_answers_are_n_a_mostly_where_readers_cannot_judge() {
        List<ItemAnswer> answers = MANY.stream().flatMap(r -> r.answers().items().values().stream()).toList();

        assertThat(share(answers, a -> a == ItemAnswer.NOT_APPLICABLE)).isBetween(0.07, 0.13);
    }

    @Test
    void perceived_levels_mostly_lie_in_the_zone_of_tolerance() {
        List<Rated> consistent = ratings(r -> true, item -> true).filter(r -> !r.inconsistent()).toList();

        assertThat(share(consistent, r -> r.minimum() <= r.perceived() && r.perceived() <= r.desired()))
                .isGreaterThan(0.6);
        assertThat(share(consistent, r -> r.perceived() < r.minimum())).isBetween(0.05, 0.25);
    }

    @Test
    void students_at_yunusobod_find_the_reading_room_seats_and_quiet_space_below_their_minimum() {
        Predicate<QualityResponse> yunusobodStudent = r -> r.branch().equals("yunusobod")
                && r.respondent().readerGroup().equals("student");
        Predicate<QualitySurvey.Item> seatsAndQuiet = item -> List.of("q_place_1", "q_place_2").contains(item.id());

        assertThat(meanAdequacyGap(yunusobodStudent, seatsAndQuiet)).isLessThan(-1.0);
        assertThat(meanAdequacyGap(yunusobodStudent.negate(), seatsAndQuiet)).isGreaterThan(0.3);
    }

    @Test
    void branches_differ_in_overall_satisfaction() {
        assertThat(meanOverall(r -> r.branch().equals("central")))
                .isGreaterThan(meanOverall(r -> r.branch().equals("yunusobod")) + 0.3);
    }

    @Test
    void readers_with_disabilities_find_the_building_below_their_minimum() {
        Predicate<QualityResponse> disability = r -> r.respondent().readerGroup().equals("disability");
        Predicate<QualitySurvey.Item> building = item -> item.id().equals("q_place_5");

        assertThat(meanAdequacyGap(disability, building)).isLessThan(-1.5);
        assertThat(meanAdequacyGap(disability.negate(), building)).isGreaterThan(0.0);
    }

    @Test
    void overall_satisfaction_follows_the_staff_and_the_place_more_than_the_collections() {
        double affect = correlationWithOverall(Dimension.AFFECT_OF_SERVICE);
        double place = correlationWithOverall(Dimension.LIBRARY_AS_PLACE);
        double information = correlationWithOverall(Dimension.INFORMATION_CONTROL);

        assertThat(information).isPositive();
        assertThat(affect).isGreaterThan(information + 0.1);
        assertThat(place).isGreaterThan(information + 0.1);
        assertThat(MANY).extracting(r -> r.answers().overall()).contains(1, 2, 3, 4, 5);
    }

    @Test
    void recommending_follows_overall_satisfaction() {
        assertThat(meanRecommend(5)).isGreaterThan(meanRecommend(3) + 2).isGreaterThan(8.5);
        assertThat(meanRecommend(1)).isLessThan(3);
    }

    @Test
    void wished_for_services_depend_on_the_reader_group() {
        assertThat(wishShare("pupil", "children_events")).isGreaterThan(0.5);
        assertThat(wishShare("elderly", "audiobooks")).isGreaterThan(0.35);
        assertThat(wishShare("elderly", "braille_and_large_print")).isGreaterThan(0.3);
        assertThat(wishShare("disability", "braille_and_large_print")).isGreaterThan(0.5);
        assertThat(wishShare("student", "quiet_study_space")).isGreaterThan(0.45);
        assertThat(wishShare("student", "wifi_and_sockets")).isGreaterThan(0.45);
        assertThat(wishShare("working_adult", "children_events")).isLessThan(0.1);
    }

    @Test
    void some_readers_comment_and_unhappy_ones_do_not_write_praise() {
        assertThat(share(MANY, r -> r.answers().comment() != null)).isBetween(0.15, 0.4);
        assertThat(MANY).filteredOn(r -> r.answers().overall() <= 2)
                .extracting(r -> r.answers().comment()).filteredOn(Objects::nonNull)
                .doesNotContain("Kutubxonachilar juda xushmuomala, rahmat!",
                        "Friendly staff and a great selection of new books.");
    }

    @Test
    void no_responses_for_a_count_of_zero_and_an_error_for_a_negative_one() {
        assertThat(QualityResponses.generate(0, 42)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> QualityResponses.generate(-1, 42));
    }

    private static void assertFits(Question question, Object value) {
        switch (question.type()) {
            case QUALITY -> {
                if (!"na".equals(value)) {
                    assertThat(value).asInstanceOf(InstanceOfAssertFactories.MAP)
                            .containsOnlyKeys("minimum", "desired", "perceived")
                            .allSatisfy((column, level) -> assertThat((Integer) level).isBetween(1, 9));
                }
            }
            case RATING, NPS -> assertThat((Integer) value).isBetween(question.min(), question.max());
            case MULTIPLE_CHOICE -> assertThat((List<?>) value).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(option -> question.hasOption((String) option));
            case TEXT -> assertThat((String) value).isNotBlank().hasSizeLessThanOrEqualTo(question.maxLength());
            case SINGLE_CHOICE -> assertThat(question.hasOption((String) value)).isTrue();
        }
    }

    private static Stream<Rated> ratings(Predicate<QualityResponse> readers, Predicate<QualitySurvey.Item> items) {
        return MANY.stream().filter(readers).flatMap(r -> r.answers().items().entrySet().stream())
                .filter(entry -> items.test(QualitySurvey.item(entry.getKey())))
                .map(Map.Entry::getValue)
                .flatMap(answer -> answer instanceof Rated rated ? Stream.of(rated) : Stream.empty());
    }

    private static double meanAdequacyGap(Predicate<QualityResponse> readers, Predicate<QualitySurvey.Item> items) {
        return ratings(readers, items).filter(r -> !r.inconsistent())
                .mapToInt(r -> r.perceived() - r.minimum()).average().orElseThrow();
    }

    /** Pearson's r between overall satisfaction and the reader's mean perceived level in the dimension. */
    private static double correlationWithOverall(Dimension dimension) {
        double[][] pairs = MANY.stream()
                .map(r -> new double[] {r.answers().overall(), r.answers().items().entrySet().stream()
                        .filter(e -> QualitySurvey.item(e.getKey()).dimension() == dimension)
                        .flatMap(e -> e.getValue() instanceof Rated rated ? Stream.of(rated) : Stream.empty())
                        .mapToInt(Rated::perceived).average().orElse(Double.NaN)})
                .filter(pair -> !Double.isNaN(pair[1]))
                .toArray(double[][]::new);
        double meanX = Stream.of(pairs).mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = Stream.of(pairs).mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = Stream.of(pairs).mapToDouble(p -> (p[0] - meanX) * (p[1] - meanY)).sum();
        double sxx = Stream.of(pairs).mapToDouble(p -> (p[0] - meanX) * (p[0] - meanX)).sum();
        double syy = Stream.of(pairs).mapToDouble(p -> (p[1] - meanY) * (p[1] - meanY)).sum();
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double meanOverall(Predicate<QualityResponse> readers) {
        return MANY.stream().filter(readers).mapToInt(r -> r.answers().overall()).average().orElseThrow();
    }

    private static double meanRecommend(int overall) {
        return MANY.stream().filter(r -> r.answers().overall() == overall)
                .mapToInt(r -> r.answers().recommend()).average().orElseThrow();
    }

    private static double wishShare(String readerGroup, String option) {
        List<QualityResponse> group = MANY.stream()
                .filter(r -> r.respondent().readerGroup().equals(readerGroup)).toList();
        return share(group, r -> r.answers().wantedServices().contains(option));
    }

    private static <T> double share(List<T> values, Predicate<? super T> matching) {
        return (double) values.stream().filter(matching).count() / values.size();
    }
}
