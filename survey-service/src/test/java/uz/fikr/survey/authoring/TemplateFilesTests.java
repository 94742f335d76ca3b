package uz.fikr.survey.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.fikr.events.EventJson;
import uz.fikr.events.ServiceAreas;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** The survey templates shipped in {@code templates/surveys/}: complete, consistent and written in real Uzbek. */
class TemplateFilesTests {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");
    /** An ASCII apostrophe, backtick or curly quote standing in for oʻ, gʻ (U+02BB) or the tutuq belgisi (U+02BC). */
    private static final Pattern FAKE_UZBEK_APOSTROPHE = Pattern.compile("\\p{L}['`‘’]\\p{L}");

    @ParameterizedTest
    @ValueSource(strings = {"service-quality", "quick-satisfaction", "event-feedback", "digital-services",
            "online-feedback", "website-widget"})
    void everyTemplateIsNamedAfterItsFile(String id) {
        SurveyDefinition template = load(id);

        assertThat(template.id()).isEqualTo(id);
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.invitationOnly()).isFalse();
        assertThat(template.questions()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-quality", "quick-satisfaction", "event-feedback", "digital-services",
            "online-feedback", "website-widget"})
    void everyTemplateSpeaksUzbekRussianAndEnglish(String id) {
        texts(load(id)).forEach((where, texts) -> {
            for (String language : SurveyDefinition.LANGUAGES) {
                assertThat(texts.get(language)).as("%s in %s of %s", language, where, id).isNotBlank();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-quality", "quick-satisfaction", "event-feedback", "digital-services",
            "online-feedback", "website-widget"})
    void uzbekLatinTextsUseRealOkinaAndTutuqBelgisiNotAsciiQuotes(String id) {
        texts(load(id)).forEach((where, texts) -> assertThat(texts.get("uz-Latn"))
                .as("uz-Latn in %s of %s", where, id)
                .doesNotContainPattern(FAKE_UZBEK_APOSTROPHE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-quality", "quick-satisfaction", "event-feedback", "digital-services",
            "online-feedback", "website-widget"})
    void questionAndMatrixItemIdsAreUniqueSnakeCase(String id) {
        SurveyDefinition template = load(id);
        List<String> ids = new ArrayList<>();
        for (Question question : template.questions()) {
            ids.add(question.id());
            question.answerable().stream().map(Question::id).filter(answerId -> !answerId.equals(question.id()))
                    .forEach(ids::add);
        }

        assertThat(ids).as("ids in %s", id).doesNotHaveDuplicates();
        assertThat(template.answerable()).extracting(Question::id).as("answer ids in %s", id)
                .doesNotHaveDuplicates();
        template.questions().forEach(question -> {
            assertThat(question.id()).matches(SNAKE_CASE);
            question.items().forEach(item -> assertThat(item.id()).matches(SNAKE_CASE));
            question.options().forEach(option -> assertThat(option.id()).as("option of %s", question.id())
                    .matches(SNAKE_CASE).isNotEqualTo(Question.OTHER));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-quality", "quick-satisfaction", "event-feedback", "digital-services",
            "online-feedback", "website-widget"})
    void everyQuestionAndItemIsAboutAKnownServiceArea(String id) {
        for (Question question : load(id).answerable()) {
            assertThat(question.serviceArea()).as("service area of %s in %s", question.id(), id)
                    .isIn(ServiceAreas.ALL);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-quality", "quick-satisfaction", "event-feedback", "digital-services",
            "online-feedback", "website-widget"})
    void skipLogicOnlyLooksBackAtEarlierAnswers(String id) {
        Map<String, Question> earlier = new LinkedHashMap<>();
        for (Question question : load(id).questions()) {
            Question.ShowIf showIf = question.showIf();
            if (showIf != null) {
                Question source = earlier.get(showIf.question());
                assertThat(source).as("%s is shown after an earlier question, not '%s'", question.id(),
                        showIf.question()).isNotNull();
                if (source.type() == QuestionType.SINGLE_CHOICE || source.type() == QuestionType.MULTIPLE_CHOICE) {
                    assertThat(showIf.anyOf()).as("options that show %s", question.id()).isNotEmpty()
                            .allMatch(source::hasOption);
                    assertThat(showIf.atLeast()).isNull();
                    assertThat(showIf.atMost()).isNull();
                } else {
                    assertThat(source.type()).as("%s depends on a number", question.id())
                            .isIn(QuestionType.RATING, QuestionType.NPS);
                    assertThat(showIf.anyOf()).isEmpty();
                    assertThat(showIf.atLeast() != null || showIf.atMost() != null).isTrue();
                }
            }
            question.answerable().forEach(answerable -> earlier.put(answerable.id(), answerable));
        }
    }

    @Test
    void serviceQualityRatesAboutTwentyItemsInTheThreeClassicDimensions() {
        SurveyDefinition template = load("service-quality");
        List<Question> items = template.questions().stream()
                .filter(question -> question.type() == QuestionType.QUALITY).toList();

        assertThat(items).hasSizeBetween(18, 24);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.scaleMin()).isEqualTo(Question.QUALITY_MIN);
            assertThat(item.scaleMax()).isEqualTo(Question.QUALITY_MAX);
        });
        Map<String, Long> perDimension = items.stream()
                .collect(Collectors.groupingBy(Question::dimension, Collectors.counting()));
        assertThat(perDimension).containsOnlyKeys("affect_of_service", "information_control", "library_as_place");
        assertThat(perDimension.values()).allSatisfy(count -> assertThat(count).isBetween(6L, 8L));
        assertThat(template.question("satisfaction")).get().extracting(Question::type).isEqualTo(QuestionType.RATING);
        assertThat(template.question("recommend")).get().extracting(Question::type).isEqualTo(QuestionType.NPS);
        assertThat(template.question("wanted_services")).get().extracting(Question::allowOther).isEqualTo(true);
    }

    @Test
    void quickSatisfactionAsksExactlyFiveQuestionsAndNamesEveryPointOfItsRating() {
        SurveyDefinition template = load("quick-satisfaction");

        assertThat(template.questions()).extracting(Question::id)
                .containsExactly("satisfaction", "recommend", "visited_service", "improve", "comment");
        assertThat(template.questions().getFirst().labels()).containsOnlyKeys("1", "2", "3", "4", "5");
    }

    @Test
    void onlineFeedbackAsksForContactOnlyFromReadersWhoWantAReply() {
        SurveyDefinition template = load("online-feedback");

        assertThat(template.question("service_area")).get()
                .satisfies(question -> assertThat(question.options()).extracting(Question.Option::id)
                        .containsExactlyElementsOf(ServiceAreas.ALL));
        for (String id : List.of("contact", "consent")) {
            assertThat(template.question(id)).get().extracting(Question::showIf)
                    .isEqualTo(new Question.ShowIf("wants_reply", List.of("yes"), null, null));
        }
        assertThat(template.question("contact")).get().extracting(Question::textLimit).isEqualTo(200);
        assertThat(template.question("consent")).get().satisfies(consent -> {
            assertThat(consent.required()).isFalse();
            assertThat(consent.options()).extracting(Question.Option::id).contains("agree");
        });
    }

    private static SurveyDefinition load(String id) {
        try (InputStream in = TemplateFilesTests.class.getResourceAsStream("/templates/surveys/" + id + ".json")) {
            assertThat(in).as("templates/surveys/%s.json on the classpath", id).isNotNull();
            return EventJson.mapper().readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new AssertionError("Cannot read template " + id, e);
        }
    }

    /** Every text map of a template, keyed by where it sits. */
    private static Map<String, Map<String, String>> texts(SurveyDefinition template) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("title", template.title());
        texts.put("description", template.description());
        for (Question question : template.questions()) {
            String where = "question " + question.id();
            texts.put(where, question.text());
            question.options().forEach(option -> texts.put(where + " option " + option.id(), option.text()));
            question.items().forEach(item -> texts.put(where + " item " + item.id(), item.text()));
            question.labels().forEach((point, label) -> texts.put(where + " label " + point, label));
        }
        return texts;
    }
}
