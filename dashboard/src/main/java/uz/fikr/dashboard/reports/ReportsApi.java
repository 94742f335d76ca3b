package uz.fikr.dashboard.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.service.ServedFile;
import uz.fikr.dashboard.service.ServiceClient;
import uz.fikr.dashboard.service.ServiceException;

/**
 * The Reports page's calls to analytics-service (docs/REPORTS.md), with the dashboard's analytics login: the
 * archive and its files, runs on demand, and report definitions with their deliveries. Every failure is a
 * {@link ServiceException}; a refused request carries the fields it named.
 */
@Component
class ReportsApi {

    /** The most reports the archive lists in one answer. */
    static final int MAX_LIMIT = 200;
    static final String REPORTS = "/api/v1/reports";
    static final String DEFINITION = REPORTS + "/definitions/{id}";

    private final AnalyticsClient analytics;
    private final JsonMapper json;

    ReportsApi(AnalyticsClient analytics, JsonMapper json) {
        this.analytics = analytics;
        this.json = json;
    }

    /** Archived reports, newest first, from {@code offset} on, at most {@code limit}. */
    ArchivedReport.Page archive(int offset, int limit) {
        var query = new LinkedHashMap<String, String>();
        query.put("limit", Integer.toString(Math.clamp(limit, 1, MAX_LIMIT)));
        query.put("offset", Integer.toString(Math.max(0, offset)));
        return client().get(REPORTS, query, ArchivedReport.Page.class);
    }

    ArchivedReport report(String reportId) {
        return client().get(REPORTS + "/{id}", Map.of(), ArchivedReport.class, reportId);
    }

    /** An archived file ({@code pdf}, {@code xlsx} or {@code csv}) exactly as analytics-service keeps it. */
    ServedFile file(String reportId, String format) {
        return analytics.file(REPORTS + "/{id}/{format}", reportId, format);
    }

    /** Starts a report; analytics-service answers at once with the queued run. */
    ReportRun start(ReportRun.Request request) {
        return client().post(REPORTS + "/runs", request, ReportRun.class);
    }

    ReportRun run(String runId) {
        return client().get(REPORTS + "/runs/{runId}", Map.of(), ReportRun.class, runId);
    }

    List<ReportDefinition> definitions() {
        return list(client().get(REPORTS + "/definitions", Map.of(), JsonNode.class), "definitions",
                ReportDefinition.class);
    }

    /** Creates or replaces a definition. Callers check the user's role first ({@link Schedules}). */
    void save(ReportDefinition definition) {
        client().replace(DEFINITION, definition.body(), definition.id());
    }

    void delete(String definitionId) {
        client().delete(DEFINITION, definitionId);
    }

    List<Delivery> deliveries(String definitionId) {
        return list(client().get(DEFINITION + "/deliveries", Map.of(), JsonNode.class, definitionId), "deliveries",
                Delivery.class);
    }

    private ServiceClient client() {
        return analytics.client();
    }

    /** A list analytics-service sends bare or wrapped in an object under {@code name}. */
    private <T> List<T> list(JsonNode answer, String name, Class<T> type) {
        JsonNode items = answer.isArray() ? answer : answer.path(name);
        try {
            return items.valueStream().map(item -> json.treeToValue(item, type)).toList();
        }
        catch (JacksonException ex) {
            throw new ServiceException("analytics-service sent unreadable " + name + ": " + ex.getOriginalMessage(),
                    502, null, ex);
        }
    }
}
