package uz.fikr.analytics.summary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/** Reads the de-duplicated counts behind a survey summary from ClickHouse; no raw answers leave the server. */
@Repository
class SummaryRepository {

    private static final SqlTemplate RESPONSES = SqlTemplate.load("sql/summary/responses.sql");
    private static final SqlTemplate ANSWERED = SqlTemplate.load("sql/summary/answered.sql");
    private static final SqlTemplate NUMBERS = SqlTemplate.load("sql/summary/numbers.sql");
    private static final SqlTemplate OPTIONS = SqlTemplate.load("sql/summary/options.sql");

    private final ClickHouse clickHouse;

    SummaryRepository(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    long responses(String surveyId) {
        return clickHouse.query(RESPONSES, survey(surveyId)).stream()
                .mapToLong(row -> row.get("responses").asLong())
                .findFirst().orElse(0);
    }

    /** Question id → how many responses answered it. */
    Map<String, Long> answered(String surveyId) {
        Map<String, Long> answered = new HashMap<>();
        for (JsonNode row : clickHouse.query(ANSWERED, survey(surveyId))) {
            answered.put(row.get("question_id").asString(), row.get("n").asLong());
        }
        return answered;
    }

    /** Question id → value → count, for numeric answers. */
    Map<String, Map<String, Long>> numberCounts(String surveyId) {
        return counts(clickHouse.query(NUMBERS, survey(surveyId)), "value");
    }

    /** Question id → option → count, for the given choice questions. */
    Map<String, Map<String, Long>> optionCounts(String surveyId, List<String> questionIds) {
        if (questionIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> literals = new HashMap<>(survey(surveyId));
        literals.put("questionIds", SqlLiterals.stringList(questionIds));
        return counts(clickHouse.query(OPTIONS, literals), "option");
    }

    private static Map<String, Map<String, Long>> counts(List<JsonNode> rows, String valueColumn) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (JsonNode row : rows) {
            counts.computeIfAbsent(row.get("question_id").asString(), id -> new LinkedHashMap<>())
                    .put(row.get(valueColumn).asString(), row.get("count").asLong());
        }
        return counts;
    }

    private static Map<String, String> survey(String surveyId) {
        return Map.of("surveyId", SqlLiterals.string(surveyId));
    }
}
