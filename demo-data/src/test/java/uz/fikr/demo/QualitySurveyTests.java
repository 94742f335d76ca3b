package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** The ids written out in {@link QualitySurvey} are those of the survey survey-service validates against. */
class QualitySurveyTests {

    private final SurveyDefinition survey = BuiltInSurveys.serviceQuality();

    @Test
    void the_survey_id_and_version_are_those_of_the_built_in_survey() {
        assertThat(QualitySurvey.ID).isEqualTo(survey.id());
        assertThat(QualitySurvey.VERSION).isEqualTo(survey.version());
    }

    @Test
    void the_items_their_dimensions_and_service_areas_are_those_of_the_built_in_survey() {
        List<String> builtIn = survey.questions().stream().filter(q -> q.type() == QuestionType.QUALITY)
                .map(q -> q.id() + " " + q.dimension() + " " + q.serviceArea()).toList();

        assertThat(QualitySurvey.ITEMS).extracting(item -> item.id() + " " + item.dimension().code + " "
                + item.serviceArea()).containsExactlyElementsOf(builtIn);
    }

    @Test
    void the_linking_items_are_items_of_each_dimension() {
        assertThat(QualitySurvey.LINKING_ITEMS).extracting(id -> QualitySurvey.item(id).dimension())
                .containsExactlyInAnyOrder(QualitySurvey.Dimension.values());
    }

    @Test
    void the_other_questions_and_the_wanted_service_options_exist_with_their_types() {
        assertThat(survey.question(QualitySurvey.OVERALL)).get().extracting(Question::type)
                .isEqualTo(QuestionType.RATING);
        assertThat(survey.question(QualitySurvey.RECOMMEND)).get().extracting(Question::type)
                .isEqualTo(QuestionType.NPS);
        assertThat(survey.question(QualitySurvey.COMMENT)).get().extracting(Question::type)
                .isEqualTo(QuestionType.TEXT);
        Question wanted = survey.question(QualitySurvey.WANTED_SERVICES).orElseThrow();
        assertThat(wanted.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(wanted.options()).extracting(Question.Option::id)
                .containsExactlyElementsOf(QualitySurvey.WANTED_SERVICE_OPTIONS);
    }
}
