package uz.fikr.dashboard.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

class QuestionTextsTests {

    private static final Locale RUSSIAN = Locale.of("ru");

    @Test
    void a_question_is_named_in_the_users_language_and_falls_back_to_english_then_uzbek() {
        QuestionTexts texts = QuestionTexts.of(List.of(version(1, SurveyStatus.PUBLISHED,
                question("q1", Map.of("uz-Latn", "Kitoblar", "en", "Books", "ru", "Книги")),
                question("q2", Map.of("uz-Latn", "Zallar", "en", "Rooms")),
                question("q3", Map.of("uz-Latn", "Xodimlar")))), null);

        assertThat(texts.text("q1", RUSSIAN)).isEqualTo("Книги");
        assertThat(texts.text("q2", RUSSIAN)).isEqualTo("Rooms");
        assertThat(texts.text("q3", RUSSIAN)).isEqualTo("Xodimlar");
        assertThat(texts.text("q1", Locale.of("uz"))).isEqualTo("Kitoblar");
        assertThat(texts.text("unknown", RUSSIAN)).isEqualTo("unknown");
    }

    @Test
    void the_chosen_version_wins_then_the_newest_released_one_and_drafts_come_last() {
        List<SurveyVersion> versions = List.of(
                version(1, SurveyStatus.CLOSED, question("q1", Map.of("en", "First")),
                        question("old", Map.of("en", "Only in one"))),
                version(2, SurveyStatus.PUBLISHED, question("q1", Map.of("en", "Second"))),
                version(3, SurveyStatus.DRAFT, question("q1", Map.of("en", "Draft"))));

        assertThat(QuestionTexts.of(versions, null).text("q1", Locale.ENGLISH)).isEqualTo("Second");
        assertThat(QuestionTexts.of(versions, 1).text("q1", Locale.ENGLISH)).isEqualTo("First");
        assertThat(QuestionTexts.of(versions, null).text("old", Locale.ENGLISH)).isEqualTo("Only in one");
    }

    private static SurveyVersion version(int number, SurveyStatus status, Question... questions) {
        return SurveyVersion.of(new SurveyDefinition("s", number, Map.of("uz-Latn", "S"), List.of(questions)), status,
                Instant.EPOCH, "admin");
    }

    private static Question question(String id, Map<String, String> text) {
        return new Question(id, QuestionType.RATING, false, text, "overall", null, 1, 5, List.of(), null);
    }
}
