package uz.fikr.analytics.quality;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.QueryProperties;
import uz.fikr.analytics.stats.CronbachAlpha;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** Cronbach's alpha per dimension, from item and total sums over complete cases computed in ClickHouse. */
@Service
public class ReliabilityService {

    private static final SqlTemplate RELIABILITY = SqlTemplate.load("sql/quality/reliability.sql");
    private static final String TOTAL = "";

    private final ClickHouse clickHouse;
    private final Suppression suppression;
    private final ZoneId zone;

    ReliabilityService(ClickHouse clickHouse, Suppression suppression, QueryProperties query) {
        this.clickHouse = clickHouse;
        this.suppression = suppression;
        this.zone = query.timeZone();
    }

    public Reliability reliability(SurveyDefinition survey, AnswerFilter filter) {
        Map<String, List<String>> itemsPerDimension = new LinkedHashMap<>();
        for (Question question : survey.answerable()) {
            if (question.type() == QuestionType.QUALITY && question.dimension() != null) {
                itemsPerDimension.computeIfAbsent(question.dimension(), d -> new ArrayList<>()).add(question.id());
            }
        }
        List<Reliability.Dimension> dimensions = new ArrayList<>();
        itemsPerDimension.forEach((dimension, items) -> dimensions.add(dimension(dimension, items,
                survey.id(), filter)));
        return new Reliability(survey.id(), suppression.minimumGroupSize(), dimensions);
    }

    private Reliability.Dimension dimension(String dimension, List<String> items, String surveyId,
            AnswerFilter filter) {
        if (items.size() < 2) {
            return new Reliability.Dimension(dimension, items.size(), 0, false, null);
        }
        Map<String, Moments> moments = new LinkedHashMap<>();
        for (JsonNode row : clickHouse.query(RELIABILITY, Map.of(
                "where", Conditions.of(surveyId, filter, zone),
                "questionIds", SqlLiterals.stringList(items),
                "itemCount", SqlLiterals.integer(items.size())))) {
            moments.put(row.get("item").asString(), new Moments(row.get("n").asLong(),
                    row.get("sum_score").asDouble(), row.get("squares_score").asDouble()));
        }
        Moments total = moments.getOrDefault(TOTAL, Moments.EMPTY);
        long completeCases = total.n();
        if (completeCases > 0 && suppression.tooSmall(completeCases)) {
            return new Reliability.Dimension(dimension, items.size(), completeCases, true, null);
        }
        if (completeCases < 2) {
            return new Reliability.Dimension(dimension, items.size(), completeCases, false, null);
        }
        double[] itemVariances = items.stream().mapToDouble(item -> moments.get(item).variance()).toArray();
        double alpha = CronbachAlpha.of(itemVariances, total.variance());
        return new Reliability.Dimension(dimension, items.size(), completeCases, false,
                Double.isFinite(alpha) ? alpha : null);
    }
}
