package uz.fikr.analytics.drivers;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.QueryProperties;
import uz.fikr.analytics.stats.KeyDrivers;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Key drivers of a target item from pairwise sums computed in ClickHouse; the regression solved in Java. Drivers
 * are the survey's service items, one by one ({@link Level#ITEM}) or averaged per dimension for each respondent
 * ({@link Level#DIMENSION}, which suits item sampling: every respondent rates some item of each dimension).
 */
@Service
class DriverService {

    private static final SqlTemplate PAIRS = SqlTemplate.load("sql/quality/rating_pairs.sql");

    /** What a driver is, and the SQL expression (a constant) that names it in {@code rating_pairs.sql}. */
    enum Level {
        ITEM("question_id"),
        DIMENSION("if(item_dimension = '', question_id, item_dimension)");

        private final String name;

        Level(String name) {
            this.name = name;
        }
    }

    private final ClickHouse clickHouse;
    private final Suppression suppression;
    private final ZoneId zone;

    DriverService(ClickHouse clickHouse, Suppression suppression, QueryProperties query) {
        this.clickHouse = clickHouse;
        this.suppression = suppression;
        this.zone = query.timeZone();
    }

    Drivers drivers(SurveyDefinition survey, String targetId, Level level, AnswerFilter filter) {
        Question target = survey.question(targetId).filter(DriverService::isRated)
                .filter(q -> q.type() != QuestionType.QUALITY).orElseThrow(() -> InvalidParametersException.of(
                        "target", "must be a rating or 0-10 question of this survey"));
        List<Question> items = survey.answerable().stream()
                .filter(q -> isRated(q) && !q.id().equals(target.id()) && !isOverall(q)).toList();
        Map<String, String> candidates = new LinkedHashMap<>();
        for (Question item : items) {
            boolean byDimension = level == Level.DIMENSION && item.dimension() != null;
            candidates.putIfAbsent(byDimension ? item.dimension() : item.id(), item.dimension());
        }
        List<String> ids = new ArrayList<>(items.stream().map(Question::id).toList());
        ids.add(target.id());
        Map<String, PairMoments> pairs = pairs(level, survey.id(), filter, ids);
        List<String> usable = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        candidates.keySet().forEach(candidate -> {
            PairMoments pair = pairs.get(key(candidate, target.id()));
            if (pair == null || suppression.tooSmall(pair.n()) || Double.isNaN(pair.correlation())) {
                excluded.add(candidate);
            } else {
                usable.add(candidate);
            }
        });
        return regression(survey.id(), target.id(), usable, candidates, excluded, pairs);
    }

    private Drivers regression(String surveyId, String targetId, List<String> usable, Map<String, String> dimensions,
            List<String> excluded, Map<String, PairMoments> pairs) {
        int p = usable.size();
        double[] r = new double[p];
        double[][] matrix = new double[p][p];
        long withTargetN = Long.MAX_VALUE;
        long modelN = Long.MAX_VALUE;
        boolean complete = true;
        for (int i = 0; i < p; i++) {
            PairMoments withTarget = pairs.get(key(usable.get(i), targetId));
            r[i] = withTarget.correlation();
            withTargetN = Math.min(withTargetN, withTarget.n());
            matrix[i][i] = 1;
            for (int j = i + 1; j < p; j++) {
                PairMoments between = pairs.get(key(usable.get(i), usable.get(j)));
                double correlation = between == null ? Double.NaN : between.correlation();
                // a regression never rests on a correlation of fewer than k respondents
                complete &= Double.isFinite(correlation) && !suppression.tooSmall(between.n());
                modelN = between == null ? modelN : Math.min(modelN, between.n());
                matrix[i][j] = Double.isFinite(correlation) ? correlation : 0;
                matrix[j][i] = matrix[i][j];
            }
        }
        KeyDrivers model = null;
        String note = null;
        if (p == 0) {
            note = "No item was rated together with the target by enough respondents.";
        } else if (!complete) {
            note = "Some items were rated together by fewer than " + suppression.minimumGroupSize()
                    + " respondents; correlations only, no regression.";
        } else if (!KeyDrivers.isConsistent(matrix)) {
            note = "The pairwise correlations do not form a consistent matrix (readers rated different items); "
                    + "correlations only, no regression. Try level=dimension.";
        } else {
            try {
                model = KeyDrivers.of(matrix, r);
            } catch (IllegalArgumentException collinear) {
                note = "The items are collinear; correlations only, no regression.";
            }
        }
        List<Drivers.Driver> drivers = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            drivers.add(new Drivers.Driver(usable.get(i), dimensions.get(usable.get(i)),
                    pairs.get(key(usable.get(i), targetId)).n(), r[i],
                    model == null ? null : model.standardisedCoefficients()[i]));
        }
        drivers.sort(Comparator.comparingDouble((Drivers.Driver d) -> -Math.abs(d.correlation())));
        Long n = p == 0 ? null : model == null ? withTargetN : Math.min(withTargetN, modelN);
        return new Drivers(surveyId, targetId, suppression.minimumGroupSize(), n,
                model == null ? null : model.rSquared(), drivers, excluded, note);
    }

    private Map<String, PairMoments> pairs(Level level, String surveyId, AnswerFilter filter, List<String> ids) {
        Map<String, PairMoments> pairs = new HashMap<>();
        for (JsonNode row : clickHouse.query(PAIRS, Map.of("where", Conditions.of(surveyId, filter, zone),
                "name", level.name, "questionIds", SqlLiterals.stringList(ids)))) {
            pairs.put(key(row.get("x_item").asString(), row.get("y_item").asString()), new PairMoments(
                    row.get("n").asLong(), row.get("sum_x").asDouble(), row.get("sum_y").asDouble(),
                    row.get("squares_x").asDouble(), row.get("squares_y").asDouble(), row.get("products").asDouble()));
        }
        return pairs;
    }

    /** Pairs come back with x_item < y_item; look them up in that order. */
    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Global outcome measures (overall satisfaction, recommendation) are targets, never drivers. */
    private static boolean isOverall(Question question) {
        return question.serviceArea() == null || "overall".equals(question.serviceArea());
    }

    private static boolean isRated(Question question) {
        return question.type() == QuestionType.RATING || question.type() == QuestionType.NPS
                || question.type() == QuestionType.QUALITY;
    }

    static @Nullable Level level(@Nullable String parameter) {
        if (parameter == null) {
            return Level.ITEM;
        }
        return switch (parameter) {
            case "item" -> Level.ITEM;
            case "dimension" -> Level.DIMENSION;
            default -> null;
        };
    }
}
