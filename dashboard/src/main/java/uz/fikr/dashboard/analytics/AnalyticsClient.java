package uz.fikr.dashboard.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.service.ServedFile;
import uz.fikr.dashboard.service.ServiceClient;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Reads figures from analytics-service's HTTP API (see its OpenAPI description at {@code /v3/api-docs}). Pages
 * call {@link #get} with a path and the filter they show; each page owns the records its answers map to.
 */
@Component
public class AnalyticsClient {

    private final ServiceClient client;
    private final ServiceClient files;

    AnalyticsClient(RestClient.Builder builder, AnalyticsProperties properties) {
        this.client = new ServiceClient("analytics-service", builder, properties.url(), properties.timeout(),
                properties.user(), properties.password());
        this.files = new ServiceClient("analytics-service", builder, properties.url(), properties.fileTimeout(),
                properties.user(), properties.password());
    }

    /** The client for analytics-service's other calls, such as starting a report or saving its schedule. */
    public ServiceClient client() {
        return client;
    }

    /**
     * A file analytics-service serves (an archived report), streamed as it comes; the whole transfer may take up to
     * {@code fikr.analytics.file-timeout}.
     */
    public ServedFile file(String path, Object... variables) {
        return files.file(path, variables);
    }

    /**
     * An answer for the filtered view: {@code path} is a URI template whose variables are taken from
     * {@code variables} in order; the filter's period, version, branch and reader group become query parameters,
     * followed by {@code extra}.
     *
     * @throws ServiceException when analytics-service is unreachable, slow, refuses the request or answers with
     *     something that is not a {@code type}
     */
    public <T> T get(String path, ViewFilter filter, Map<String, String> extra, Class<T> type, Object... variables) {
        return client.get(path, merge(filter, extra), type, variables);
    }

    public <T> T get(String path, ViewFilter filter, Map<String, String> extra, ParameterizedTypeReference<T> type,
            Object... variables) {
        return client.get(path, merge(filter, extra), type, variables);
    }

    /** An answer that does not depend on the filter, such as an inbox item. */
    public <T> T get(String path, Map<String, String> query, Class<T> type, Object... variables) {
        return client.get(path, query, type, variables);
    }

    private static Map<String, String> merge(ViewFilter filter, Map<String, String> extra) {
        var query = new LinkedHashMap<>(filter.analyticsParameters());
        query.putAll(extra);
        return query;
    }
}
