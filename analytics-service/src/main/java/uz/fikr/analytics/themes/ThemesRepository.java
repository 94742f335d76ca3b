package uz.fikr.analytics.themes;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Repository;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.query.QueryProperties;

/** Counts terms and phrases of comments in ClickHouse; only the top items and a few examples per group come back. */
@Repository
class ThemesRepository {

    private final ClickHouse clickHouse;
    private final ZoneId zone;

    ThemesRepository(ClickHouse clickHouse, QueryProperties properties) {
        this.clickHouse = clickHouse;
        this.zone = properties.timeZone();
    }

    /** One version of a survey. */
    record SurveyVersion(String surveyId, int version) {}

    /** The survey versions with text answers in the requested period (and survey, if one was requested). */
    List<SurveyVersion> surveysWithTextAnswers(ThemeQuery query) {
        return clickHouse.query(ThemeSql.TEXT_SURVEYS, ThemeSql.textSurveys(query, zone)).stream()
                .map(row -> new SurveyVersion(row.get("survey_id").asString(), row.get("survey_version").asInt()))
                .toList();
    }

    /** The groups' counts, from online feedback and from the answers to the given free-text questions. */
    List<ThemeCounts> themes(ThemeQuery query, List<TextQuestion> questions) {
        return ThemeCounts.fromRows(clickHouse.query(ThemeSql.THEMES, ThemeSql.themes(query, questions, zone)));
    }
}
