package uz.fikr.dashboard.service;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls one of Fikr's services over HTTP with the dashboard's login to it. Paths are URI templates
 * ({@code /api/v1/surveys/{id}/stats}) whose variables are encoded, and query values are encoded too, so nothing a
 * user types can change the request's shape. Every failure becomes a {@link ServiceException}.
 */
public final class ServiceClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private final String service;
    private final RestClient rest;

    public ServiceClient(String service, RestClient.Builder builder, URI url, Duration timeout, String user,
            String password) {
        this.service = service;
        var settings = HttpClientSettings.defaults().withTimeouts(timeout, timeout);
        this.rest = builder.clone()
                .baseUrl(url.toString().replaceAll("/+$", ""))
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings))
                .defaultHeaders(headers -> {
                    if (!password.isEmpty()) {
                        headers.setBasicAuth(user, password);
                    }
                })
                .build();
    }

    public <T> T get(String path, Map<String, String> query, ParameterizedTypeReference<T> type, Object... variables) {
        return call(path, variables, () -> rest.get()
                .uri(builder -> uri(builder, path, query, variables))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(type));
    }

    public <T> T get(String path, Map<String, String> query, Class<T> type, Object... variables) {
        return get(path, query, ParameterizedTypeReference.forType(type), variables);
    }

    /** The raw bytes of a resource, such as a QR code or a poster. */
    public byte[] bytes(String path, Map<String, String> query, Object... variables) {
        return call(path, variables, () -> rest.get()
                .uri(builder -> uri(builder, path, query, variables))
                .retrieve()
                .body(byte[].class));
    }

    public <T> T post(String path, @Nullable Object body, Class<T> type, Object... variables) {
        return send(path, variables, spec -> spec.post(), body, type);
    }

    public <T> T put(String path, @Nullable Object body, Class<T> type, Object... variables) {
        return send(path, variables, spec -> spec.put(), body, type);
    }

    /** Creates or replaces a resource with PUT; what the service answers besides its success is not read. */
    public void replace(String path, Object body, Object... variables) {
        call(path, variables, () -> rest.put().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity());
    }

    /** Removes a resource; a resource that is not there is a refusal (404). */
    public void delete(String path, Object... variables) {
        call(path, variables, () -> rest.delete().uri(path, variables).retrieve().toBodilessEntity());
    }

    /**
     * A file as the service serves it: its bytes as a stream, which the caller closes, with the file name, type and
     * length the service sent. A refusal is read and closed here and becomes a {@link ServiceException}.
     */
    public ServedFile file(String path, Object... variables) {
        return call(path, variables, () -> rest.get().uri(path, variables).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                try (response) {
                    throw response.createException();
                }
            }
            HttpHeaders headers = response.getHeaders();
            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
            return new ServedFile(response.getBody(),
                    disposition == null ? null : ContentDisposition.parse(disposition).getFilename(),
                    headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.getContentLength());
        }, false));
    }

    private <T> T send(String path, Object[] variables,
            Function<RestClient, RestClient.RequestBodyUriSpec> method, @Nullable Object body, Class<T> type) {
        return call(path, variables, () -> {
            var request = method.apply(rest).uri(path, variables).accept(MediaType.APPLICATION_JSON);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().body(type);
        });
    }

    /** The path's template variables, taken in order from {@code variables}, then the query values by name. */
    private static URI uri(UriBuilder builder, String path, Map<String, String> query, Object[] variables) {
        var values = new LinkedHashMap<String, Object>();
        Matcher names = TEMPLATE_VARIABLE.matcher(path);
        for (int i = 0; names.find() && i < variables.length; i++) {
            values.put(names.group(1), variables[i]);
        }
        builder.path(path);
        query.forEach((name, value) -> {
            builder.queryParam(name, "{q." + name + "}");
            values.put("q." + name, value);
        });
        return builder.build(values);
    }

    private <T> T call(String template, Object[] variables, Supplier<@Nullable T> request) {
        String path = UriComponentsBuilder.fromPath(template).buildAndExpand(variables).toUriString();
        T body;
        try {
            body = request.get();
        }
        catch (RestClientResponseException ex) {
            throw new ServiceException("%s refused %s with %d: %s".formatted(service, path, ex.getStatusCode().value(),
                    ex.getResponseBodyAsString()), ex.getStatusCode().value(), problem(ex), ex);
        }
        catch (RestClientException ex) {
            throw new ServiceException("Cannot reach %s for %s: %s".formatted(service, path, ex.getMessage()), 0, null,
                    ex);
        }
        if (body == null) {
            throw new ServiceException("%s sent an empty answer to %s".formatted(service, path), 502, null, null);
        }
        return body;
    }

    private static @Nullable JsonNode problem(RestClientResponseException ex) {
        try {
            return JSON.readTree(ex.getResponseBodyAsString());
        }
        catch (RuntimeException notJson) {
            return null;
        }
    }
}
