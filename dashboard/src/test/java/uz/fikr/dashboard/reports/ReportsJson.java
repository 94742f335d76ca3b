package uz.fikr.dashboard.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import uz.fikr.dashboard.FakeApi;

/**
 * analytics-service's reports API as docs/REPORTS.md gives it: the archive, runs, definitions and deliveries, in
 * their JSON shapes, and a {@link FakeApi} taught to answer them. Small builders so a test names only what it is
 * about.
 */
final class ReportsJson {

    static final String REPORTS = "/api/v1/reports";
    static final String RUNS = REPORTS + "/runs";
    static final String DEFINITIONS = REPORTS + "/definitions";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportsJson() {
    }

    /** An archived report in its three files. */
    static ObjectNode report(String id, String title, String kind, String from, String to, String language,
            @Nullable String branch, String requestedBy, String generatedAt) {
        ObjectNode report = JSON.createObjectNode();
        report.put("id", id).putNull("definitionId").put("title", title);
        report.putArray("surveyIds").add("service-quality");
        report.putObject("period").put("kind", kind).put("from", from).put("to", to);
        report.put("language", language).put("branch", branch).put("requestedBy", requestedBy)
                .put("generatedAt", generatedAt);
        ObjectNode files = report.putObject("files");
        for (String format : List.of("pdf", "xlsx", "csv")) {
            files.putObject(format).put("size", 1234).put("sha256", "ab".repeat(32));
        }
        return report;
    }

    /**
     * {@code GET /api/v1/reports?limit=&offset=}: these reports, newest first, as the whole archive, a page at a
     * time; and {@code GET /api/v1/reports/{id}} for each.
     */
    static void archive(FakeApi analytics, ObjectNode... reports) {
        for (ObjectNode report : reports) {
            analytics.get(REPORTS + "/" + report.path("id").asString(), report.toString());
        }
        analytics.getByQuery(REPORTS, query -> {
            Map<String, String> parameters = new HashMap<>();
            for (String parameter : query.split("&")) {
                String[] pair = parameter.split("=", 2);
                parameters.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
            int limit = Integer.parseInt(parameters.getOrDefault("limit", "50"));
            ObjectNode page = JSON.createObjectNode();
            ArrayNode list = page.putArray("reports");
            Arrays.stream(reports).skip(offset).limit(limit).forEach(list::add);
            page.put("total", reports.length);
            return page.toString();
        });
    }

    /** A run as {@code POST /runs} and {@code GET /runs/{runId}} answer. */
    static String run(String runId, String status, int done, int total, @Nullable String step,
            @Nullable String reportId, @Nullable String error) {
        ObjectNode run = JSON.createObjectNode();
        run.put("runId", runId).put("status", status).put("done", done).put("total", total).put("step", step)
                .put("reportId", reportId).put("error", error);
        return run.toString();
    }

    /** analytics-service is at this point of run {@code runId}. */
    static void runAt(FakeApi analytics, String runId, String status, int done, int total, @Nullable String step,
            @Nullable String reportId, @Nullable String error) {
        analytics.get(RUNS + "/" + runId, run(runId, status, done, total, step, reportId, error));
    }

    static ObjectNode definition(String id, String name, String kind, String cron, String... recipients) {
        ObjectNode definition = JSON.createObjectNode();
        definition.put("id", id).put("name", name);
        definition.putArray("surveyIds").add("service-quality");
        definition.put("periodKind", kind).put("language", "uz-Latn").putNull("branch");
        ArrayNode to = definition.putArray("recipients");
        for (String recipient : recipients) {
            to.add(recipient);
        }
        definition.put("cron", cron).put("timeZone", "Asia/Tashkent").put("enabled", true);
        return definition;
    }

    /** {@code GET /api/v1/reports/definitions}: these definitions. */
    static void definitions(FakeApi analytics, ObjectNode... definitions) {
        ArrayNode list = JSON.createArrayNode();
        for (ObjectNode definition : definitions) {
            list.add(definition);
        }
        analytics.get(DEFINITIONS, list.toString());
    }

    static String problem(String field, String message) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank").put("title", "Bad Request").put("status", 400)
                .put("detail", "The request is not valid");
        problem.putArray("errors").addObject().put("field", field).put("message", message);
        return problem.toString();
    }

    static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
