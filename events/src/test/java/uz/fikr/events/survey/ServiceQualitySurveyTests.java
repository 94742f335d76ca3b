package uz.fikr.events.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.fikr.events.ServiceAreas;

class ServiceQualitySurveyTests {

    private static final List<String> LANGUAGES = List.of("uz-Latn", "ru", "en");

    private final SurveyDefinition survey = BuiltInSurveys.serviceQuality();

    @Test
    void the_survey_loads_as_version_1_of_service_quality() {
        assertThat(survey.id()).isEqualTo("service-quality");
        assertThat(survey.version()).isEqualTo(1);
        assertThat(BuiltInSurveys.all()).extracting(SurveyDefinition::id).contains("service-quality");
    }

    @Test
    void it_has_three_dimensions_with_seven_items_each() {
        Map<String, Long> itemsPerDimension = qualityItems().stream()
                .collect(Collectors.groupingBy(Question::dimension, Collectors.counting()));

        assertThat(itemsPerDimension).containsOnly(
                Map.entry("affect_of_service", 7L),
                Map.entry("information_control", 7L),
                Map.entry("library_as_place", 7L));
    }

    @Test
    void every_question_and_option_has_non_blank_uzbek_russian_and_english_texts() {
        assertThat(survey.title()).as("title").containsKeys(LANGUAGES.toArray(String[]::new));

        assertThat(allTexts()).hasSizeGreaterThan(survey.questions().size()).allSatisfy(text -> {
            for (String language : LANGUAGES) {
                assertThat(text.get(language)).as("%s text of \"%s\"", language, text.get("en")).isNotBlank();
            }
        });
    }

    @Test
    void uzbek_latin_texts_use_the_proper_letters_not_ascii_apostrophes() {
        assertThat(allTexts()).extracting(text -> text.get("uz-Latn"))
                .noneMatch(text -> text.contains("'") || text.contains("`") || text.contains("‘"))
                .anyMatch(text -> text.contains("oʻ"))
                .anyMatch(text -> text.contains("ʼ"));
    }

    @Test
    void uzbek_cyrillic_texts_are_written_in_cyrillic() {
        assertThat(allTexts()).extracting(text -> text.get("uz-Cyrl"))
                .allSatisfy(text -> assertThat(text.replace("Wi-Fi", ""))
                        .isNotBlank().doesNotContainPattern("[A-Za-z]"))
                .anyMatch(text -> text.contains("ў") || text.contains("ғ") || text.contains("қ"));
    }

    @Test
    void every_quality_item_is_optional_rated_1_to_9_and_has_a_dimension_and_a_known_service_area() {
        assertThat(qualityItems()).hasSize(21).allSatisfy(item -> {
            assertThat(item.required()).as("%s required", item.id()).isFalse();
            assertThat(item.min()).as("%s min", item.id()).isEqualTo(1);
            assertThat(item.max()).as("%s max", item.id()).isEqualTo(9);
            assertThat(item.dimension()).as("%s dimension", item.id()).isNotBlank();
            assertThat(item.serviceArea()).as("%s service area", item.id()).isIn(ServiceAreas.ALL);
        });
    }

    @Test
    void every_question_has_a_known_service_area() {
        assertThat(survey.questions()).extracting(Question::serviceArea).allMatch(ServiceAreas.ALL::contains);
    }

    @Test
    void overall_satisfaction_and_recommendation_are_required_the_rest_is_optional() {
        assertThat(survey.questions()).filteredOn(Question::required).extracting(Question::id)
                .containsExactly("overall", "recommend");
        assertThat(survey.question("overall")).get().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.RATING);
            assertThat(List.of(q.min(), q.max())).containsExactly(1, 5);
        });
        assertThat(survey.question("recommend")).get().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.NPS);
            assertThat(List.of(q.min(), q.max())).containsExactly(0, 10);
        });
    }

    @Test
    void readers_can_wish_for_services_and_leave_a_comment() {
        assertThat(survey.question("wanted_services")).get().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
            assertThat(q.options()).extracting(Question.Option::id).contains(
                    "audiobooks", "braille_and_large_print", "longer_opening_hours", "more_e_books",
                    "research_help", "children_events", "quiet_study_space", "wifi_and_sockets");
        });
        assertThat(survey.question("comment")).get().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.TEXT);
            assertThat(q.maxLength()).isEqualTo(2000);
        });
    }

    @Test
    void question_and_option_ids_are_unique() {
        assertThat(survey.questions()).extracting(Question::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z][a-z0-9_]*"));
        assertThat(survey.questions()).allSatisfy(q ->
                assertThat(q.options()).extracting(Question.Option::id).as(q.id()).doesNotHaveDuplicates());
    }

    /** The texts of the title, every question and every option. */
    private List<Map<String, String>> allTexts() {
        return Stream.of(Stream.of(survey.title()), survey.questions().stream().map(Question::text),
                        survey.questions().stream().flatMap(q -> q.options().stream()).map(Question.Option::text))
                .flatMap(texts -> texts)
                .toList();
    }

    private List<Question> qualityItems() {
        return survey.questions().stream().filter(q -> q.type() == QuestionType.QUALITY).toList();
    }
}
