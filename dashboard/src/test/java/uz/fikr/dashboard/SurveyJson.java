package uz.fikr.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Surveys as survey-service's management API sends them: its records written by Jackson with Spring's defaults, as
 * survey-service writes them ({@code GET /api/v1/admin/surveys} and {@code GET /api/v1/admin/surveys/{id}}).
 */
public final class SurveyJson {

    public static final String LIST_PATH = "/api/v1/admin/surveys";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant PUBLISHED_AT = Instant.parse("2026-08-20T06:00:00Z");

    private SurveyJson() {
    }

    /** The path of one survey's versions. */
    public static String path(SurveyDefinition survey) {
        return LIST_PATH + "/" + survey.id();
    }

    /** The survey list with each survey's one published version. */
    public static String list(SurveyDefinition... surveys) {
        return JSON.writeValueAsString(List.of(surveys).stream().map(survey -> Map.of("id", survey.id(),
                "title", survey.title(), "status", "published", "latestVersion", survey.version(),
                "publishedVersion", survey.version(), "versions", 1)).toList());
    }

    /** A survey's versions: this one, published. */
    public static String versions(SurveyDefinition survey) {
        return JSON.writeValueAsString(List.of(SurveyVersion.of(survey, SurveyStatus.PUBLISHED, PUBLISHED_AT,
                "admin")));
    }

    /** A survey with only these questions. */
    public static SurveyDefinition survey(String id, Question... questions) {
        return new SurveyDefinition(id, 1, Map.of("uz-Latn", "Soʻrovnoma " + id, "en", "Survey " + id),
                List.of(questions));
    }

    /** A question of a type about the library overall, with the same text in every language but the tag's. */
    public static Question question(String id, QuestionType type, String english) {
        return new Question(id, type, true, Map.of("uz-Latn", english + " (uz)", "ru", english + " (ru)", "en",
                english), "overall", null, null, null, List.of(), null);
    }
}
