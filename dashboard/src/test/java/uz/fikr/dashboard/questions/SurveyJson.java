package uz.fikr.dashboard.questions;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * survey-service's admin answers, written from the event contract's own records as survey-service writes them:
 * the survey list ({@code GET /api/v1/admin/surveys}) and one survey's versions ({@code GET .../surveys/{id}}).
 */
public final class SurveyJson {

    private static final Instant PUBLISHED_AT = Instant.parse("2026-09-01T06:00:00Z");

    private SurveyJson() {
    }

    /** The versions of one survey, each published. */
    public static String versions(SurveyDefinition... versions) {
        return EventJson.mapper().writeValueAsString(Arrays.stream(versions)
                .map(survey -> SurveyVersion.of(survey, SurveyStatus.PUBLISHED, PUBLISHED_AT, "admin")).toList());
    }

    /** The survey list with these surveys, each with one published version. */
    public static String list(SurveyDefinition... surveys) {
        List<Map<String, Object>> items = Arrays.stream(surveys).map(survey -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", survey.id());
            item.put("title", survey.title());
            item.put("status", "published");
            item.put("latestVersion", survey.version());
            item.put("publishedVersion", survey.version());
            item.put("versions", 1);
            return item;
        }).toList();
        return EventJson.mapper().writeValueAsString(items);
    }
}
