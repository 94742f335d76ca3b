package uz.fikr.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

class SurveyCatalogTests {

    @Test
    void an_answer_is_looked_up_in_the_version_the_reader_answered_not_the_latest() {
        SurveyCatalog catalog = new SurveyCatalog();
        catalog.add(survey(1, "reading_rooms", "noise"));
        catalog.add(survey(2, "space", "seats"));

        assertThat(catalog.question("visit", 1, "noise")).map(Question::serviceArea).hasValue("reading_rooms");
        assertThat(catalog.question("visit", 2, "noise")).isEmpty();
        assertThat(catalog.question("visit", 2, "seats")).map(Question::serviceArea).hasValue("space");
        assertThat(catalog.find("visit")).map(SurveyDefinition::version).hasValue(2);
    }

    private static SurveyDefinition survey(int version, String serviceArea, String questionId) {
        return new SurveyDefinition("visit", version, Map.of("uz-Latn", "Tashrif"), List.of(new Question(questionId,
                QuestionType.RATING, true, Map.of("uz-Latn", "?"), serviceArea, null, 1, 5, List.of(), null)));
    }
}
