package uz.fikr.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.preagg.SplitConditions;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * An analytics endpoint a dashboard page needs, and the SQL it sends for an unfiltered request: rendered from the
 * service's own resources ({@code analytics-service/src/main/resources/sql}) with the literals its services pass
 * (survey condition, question id lists, grouping column), so the raw side runs the same statements one after
 * another.
 */
record Endpoint(String id, String path, List<String> sql) {

    static final ZoneId ZONE = ZoneId.of("Asia/Tashkent");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ABANDON_SECONDS = "600";

    /**
     * Counts that analytics-service reads through its pre-aggregates are sent as it sends them: the day states (and
     * split count) it reads once per request, the combined queries over the days clean now, and the day states it
     * checks after them.
     */
    static List<Endpoint> dashboard(Path sqlDir, ClickHouse clickHouse) {
        SurveyDefinition demo = BuiltInSurveys.demo();
        SurveyDefinition quality = BuiltInSurveys.serviceQuality();
        Map<String, String> qualityItems = parts(quality, ids(quality, QuestionType.QUALITY), null);
        return List.of(
                new Endpoint("stats", "/api/v1/surveys/demo/stats", aggregated(sqlDir, clickHouse, "demo",
                        new Count("respondents.sql", parts(demo, ids(demo, null), null), null),
                        new Count("number_counts.sql", parts(demo, numeric(demo), null), null),
                        new Count("option_counts.sql", parts(demo, choice(demo), null), null),
                        new Count("responses.sql", Map.of("where", "survey_id = 'demo'"), null))),
                new Endpoint("nps", "/api/v1/surveys/demo/nps", aggregated(sqlDir, clickHouse, "demo",
                        new Count("number_counts.sql", parts(demo, ids(demo, QuestionType.NPS), null), null))),
                new Endpoint("gaps", "/api/v1/surveys/service-quality/gaps", aggregated(sqlDir, clickHouse,
                        "service-quality", new Count("item_gaps.sql", qualityItems, null),
                        new Count("dimension_gaps.sql", qualityItems, null))),
                new Endpoint("compare", "/api/v1/surveys/service-quality/compare?question=q_place_2&by=readerGroup",
                        aggregated(sqlDir, clickHouse, "service-quality", new Count("perceived_counts.sql",
                                parts(quality, "'q_place_2'", Grouping.READER_GROUP), Grouping.READER_GROUP))),
                new Endpoint("trend", "/api/v1/surveys/demo/trend?question=satisfaction&interval=week",
                        aggregated(sqlDir, clickHouse, "demo", new Count("trend_counts.sql", Map.of(
                                "where", "survey_id = 'demo'", "period", "toMonday",
                                "timeZone", "'Asia/Tashkent'", "questionId", "'satisfaction'"), null))));
    }

    /** One count of a request: its resource in sql/preagg, the raw template's literals, and its grouping. */
    private record Count(String resource, Map<String, String> parts, @Nullable Grouping grouping) {}

    /**
     * What uz.fikr.analytics.preagg.PreAggregates sends for the counts of one request, with the days clean in
     * ClickHouse now: the day states, each count's combined query, the day states again.
     */
    private static List<String> aggregated(Path sqlDir, ClickHouse clickHouse, String surveyId, Count... counts) {
        String states = render(sqlDir, "preagg/day_states.sql", Map.of("settled", settled(sqlDir,
                "survey_id = " + SqlLiterals.string(surveyId)),
                "surveys", "survey_id = " + SqlLiterals.string(surveyId),
                "abandonSeconds", ABANDON_SECONDS));
        SortedMap<LocalDate, Long> clean = new TreeMap<>();
        boolean anySplits = false;
        for (String line : clickHouse.query(states).split("\n")) {
            if (!line.isBlank()) {
                JsonNode row = JSON.readTree(line);
                if (row.get("covers").asLong() > 0 && row.get("settled").asLong() < row.get("covers").asLong()) {
                    clean.put(LocalDate.parse(row.get("on_day").asString()), row.get("generation").asLong());
                }
                anySplits |= row.get("splits").asLong() > 0;
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add(states);
        for (Count count : counts) {
            Map<String, String> all = new HashMap<>(count.parts());
            all.put("aggregated", SplitConditions.aggregated(surveyId, AnswerFilter.NONE, count.grouping(), clean));
            all.put("aggregatedGroup", SplitConditions.aggregatedGroup(count.grouping()));
            all.put("recent", SplitConditions.recent("fikr", surveyId, clean, ZONE, anySplits));
            statements.add(render(sqlDir, "preagg/" + count.resource(), all));
        }
        statements.add(states);
        return statements;
    }

    /** The refresher's look-up of days still to aggregate (its rows; none when every day is current). */
    static String pending(Path sqlDir) {
        return render(sqlDir, "preagg/pending.sql", Map.of("settled", settled(sqlDir, "1"), "surveys", "1",
                "timeZone", "'Asia/Tashkent'", "abandonSeconds", ABANDON_SECONDS));
    }

    /** settled.part.sql, which the service includes into day_states.sql and pending.sql. */
    private static String settled(Path sqlDir, String surveys) {
        return render(sqlDir, "preagg/settled.part.sql", Map.of("surveys", surveys,
                "abandonSeconds", ABANDON_SECONDS));
    }

    static String render(Path sqlDir, String resource, Map<String, String> literals) {
        String text;
        try {
            text = Files.readString(sqlDir.resolve(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("database") ? "fikr" : literals.get(name);
            if (value == null) {
                throw new IllegalArgumentException(resource + " needs ${" + name + "}");
            }
            matcher.appendReplacement(sql, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(sql).toString();
    }

    private static Map<String, String> parts(SurveyDefinition survey, String questionIds,
            @Nullable Grouping grouping) {
        return Map.of("where", "survey_id = '" + survey.id() + "'", "group", grouping == null ? "''"
                : grouping.column(), "questionIds", questionIds);
    }

    private static String ids(SurveyDefinition survey, @Nullable QuestionType type) {
        return quoted(survey.answerable().stream().filter(q -> type == null || q.type() == type).toList());
    }

    private static String numeric(SurveyDefinition survey) {
        return quoted(survey.answerable().stream()
                .filter(q -> q.type() == QuestionType.RATING || q.type() == QuestionType.NPS).toList());
    }

    private static String choice(SurveyDefinition survey) {
        return quoted(survey.answerable().stream().filter(
                q -> q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE).toList());
    }

    private static String quoted(List<Question> questions) {
        return questions.stream().map(q -> "'" + q.id() + "'").collect(Collectors.joining(", "));
    }
}
