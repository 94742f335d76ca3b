package uz.fikr.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    static List<Endpoint> dashboard(Path sqlDir) {
        SurveyDefinition demo = BuiltInSurveys.demo();
        SurveyDefinition quality = BuiltInSurveys.serviceQuality();
        Map<String, String> demoAll = parts(demo, ids(demo, null), "''");
        Map<String, String> qualityItems = parts(quality, ids(quality, QuestionType.QUALITY), "''");
        return List.of(
                new Endpoint("stats", "/api/v1/surveys/demo/stats", List.of(
                        render(sqlDir, "insights/respondents.sql", demoAll),
                        render(sqlDir, "insights/number_counts.sql", parts(demo, numeric(demo), "''")),
                        render(sqlDir, "insights/option_counts.sql", parts(demo, choice(demo), "''")),
                        render(sqlDir, "insights/responses.sql", Map.of("where", "survey_id = 'demo'")))),
                new Endpoint("nps", "/api/v1/surveys/demo/nps", List.of(
                        render(sqlDir, "insights/number_counts.sql",
                                parts(demo, ids(demo, QuestionType.NPS), "''")))),
                new Endpoint("gaps", "/api/v1/surveys/service-quality/gaps", List.of(
                        render(sqlDir, "quality/item_gaps.sql", qualityItems),
                        render(sqlDir, "quality/dimension_gaps.sql", qualityItems))),
                new Endpoint("compare", "/api/v1/surveys/service-quality/compare?question=q_place_2&by=readerGroup",
                        List.of(render(sqlDir, "insights/perceived_counts.sql",
                                parts(quality, "'q_place_2'", "reader_group")))),
                new Endpoint("trend", "/api/v1/surveys/demo/trend?question=satisfaction&interval=week",
                        List.of(render(sqlDir, "insights/trend_counts.sql", Map.of(
                                "where", "survey_id = 'demo'", "period", "toMonday",
                                "timeZone", "'Asia/Tashkent'", "questionId", "'satisfaction'")))));
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

    private static Map<String, String> parts(SurveyDefinition survey, String questionIds, String group) {
        return Map.of("where", "survey_id = '" + survey.id() + "'", "group", group, "questionIds", questionIds);
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
