package uz.fikr.analytics.report.content;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.QueryProperties;

/** Responses per channel under a filter, counted in ClickHouse ({@code sql/report/channel_responses.sql}). */
@Repository
class ChannelResponses {

    private static final SqlTemplate CHANNELS = SqlTemplate.load("sql/report/channel_responses.sql");

    private final ClickHouse clickHouse;
    private final ZoneId zone;

    ChannelResponses(ClickHouse clickHouse, QueryProperties properties) {
        this.clickHouse = clickHouse;
        this.zone = properties.timeZone();
    }

    /** Channel code to responses, in the order of the codes. */
    Map<String, Long> count(String surveyId, AnswerFilter filter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode row : clickHouse.query(CHANNELS, Map.of("where", Conditions.of(surveyId, filter, zone)))) {
            counts.put(row.get("channel").asString(), row.get("responses").asLong());
        }
        return counts;
    }
}
