package uz.fikr.analytics.quality;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.preagg.PreAggregates;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.analytics.query.QueryProperties;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** Service-quality gaps per item and dimension, from sums ClickHouse computes over de-duplicated answers. */
@Service
public class GapService {

    private static final SqlTemplate ITEMS = SqlTemplate.load("sql/quality/item_gaps.sql");
    private static final SqlTemplate DIMENSIONS = SqlTemplate.load("sql/quality/dimension_gaps.sql");
    private static final SqlTemplate ITEMS_AGGREGATED = SqlTemplate.load("sql/preagg/item_gaps.sql");
    private static final SqlTemplate DIMENSIONS_AGGREGATED = SqlTemplate.load("sql/preagg/dimension_gaps.sql");
    private static final GapMoments EMPTY = new GapMoments(0, 0, Moments.EMPTY, Moments.EMPTY, Moments.EMPTY,
            Moments.EMPTY, Moments.EMPTY);

    private final PreAggregates preAggregates;
    private final Suppression suppression;
    private final ZoneId zone;

    GapService(PreAggregates preAggregates, Suppression suppression, QueryProperties query) {
        this.preAggregates = preAggregates;
        this.suppression = suppression;
        this.zone = query.timeZone();
    }

    /** Gaps per item and dimension, both read on one view of the pre-aggregated days. */
    public Gaps gaps(SurveyDefinition survey, AnswerFilter filter) {
        return preAggregates.consistent(survey.id(), () -> read(survey, filter));
    }

    private Gaps read(SurveyDefinition survey, AnswerFilter filter) {
        List<Question> items = survey.answerable().stream().filter(q -> q.type() == QuestionType.QUALITY).toList();
        if (items.isEmpty()) {
            return new Gaps(survey.id(), suppression.minimumGroupSize(), List.of(), List.of());
        }
        Map<String, String> parts = parts(survey.id(), filter, items, null);
        Supplier<List<JsonNode>> itemRows = preAggregates.fork(() -> preAggregates.query(ITEMS, ITEMS_AGGREGATED,
                survey.id(), filter, null, parts));
        Supplier<List<JsonNode>> dimensionRows = preAggregates.fork(() -> preAggregates.query(DIMENSIONS,
                DIMENSIONS_AGGREGATED, survey.id(), filter, null, parts));
        Map<String, GapMoments> perItem = byKey(itemRows.get(), "question_id");
        Map<String, GapMoments> perDimension = byKey(dimensionRows.get(), "dimension");
        List<GapFigures> itemFigures = new ArrayList<>();
        Set<String> dimensions = new LinkedHashSet<>();
        for (Question item : items) {
            GapMoments moments = perItem.getOrDefault(item.id(), EMPTY);
            itemFigures.add(GapFigures.of(item.id(), item.dimension(), item.serviceArea(), moments,
                    shouldSuppress(moments.n())));
            if (item.dimension() != null) {
                dimensions.add(item.dimension());
            }
        }
        List<GapFigures> dimensionFigures = new ArrayList<>();
        for (String dimension : dimensions) {
            GapMoments moments = perDimension.getOrDefault(dimension, EMPTY);
            dimensionFigures.add(GapFigures.of(dimension, dimension, null, moments, shouldSuppress(moments.n())));
        }
        return new Gaps(survey.id(), suppression.minimumGroupSize(), itemFigures, dimensionFigures);
    }

    /** Item gap sums per item and group (group "" when not grouped): question id → group → moments. */
    public Map<String, Map<String, GapMoments>> itemGapsByGroup(SurveyDefinition survey, AnswerFilter filter,
            Grouping grouping) {
        List<Question> items = survey.answerable().stream().filter(q -> q.type() == QuestionType.QUALITY).toList();
        Map<String, Map<String, GapMoments>> gaps = new HashMap<>();
        if (!items.isEmpty()) {
            for (JsonNode row : preAggregates.query(ITEMS, ITEMS_AGGREGATED, survey.id(), filter, grouping,
                    parts(survey.id(), filter, items, grouping))) {
                gaps.computeIfAbsent(row.get("question_id").asString(), id -> new HashMap<>())
                        .put(row.get("grp").asString(), GapMoments.fromRow(row));
            }
        }
        return gaps;
    }

    private Map<String, String> parts(String surveyId, AnswerFilter filter, List<Question> items,
            @Nullable Grouping grouping) {
        return Map.of(
                "where", Conditions.of(surveyId, filter, zone),
                "group", grouping == null ? "''" : grouping.column(),
                "questionIds", SqlLiterals.stringList(items.stream().map(Question::id).toList()));
    }

    private boolean shouldSuppress(long n) {
        return n > 0 && suppression.tooSmall(n);
    }

    private static Map<String, GapMoments> byKey(List<JsonNode> rows, String column) {
        Map<String, GapMoments> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.get(column).asString(), GapMoments.fromRow(row)));
        return byKey;
    }
}
