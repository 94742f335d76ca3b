package uz.fikr.analytics.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reports API as the dashboard calls it, every answer taken as it comes (status, headers, bytes). */
public final class ReportApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public ReportApi(RestClient client) {
        this.client = client;
    }

    public Answer get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public Answer post(String path, String json) {
        return call(HttpMethod.POST, path, json);
    }

    public Answer put(String path, String json) {
        return call(HttpMethod.PUT, path, json);
    }

    public Answer delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    private Answer call(HttpMethod method, String path, @Nullable String json) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                response.getHeaders(), response.getBody().readAllBytes()));
    }

    /** One answer of the API. */
    public record Answer(int status, HttpHeaders headers, byte[] body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return String.valueOf(headers.getFirst(HttpHeaders.CONTENT_TYPE));
        }

        /** The fields a 400 names, in its {@code errors}. */
        public List<String> refusedFields() {
            return StreamSupport.stream(json().get("errors").spliterator(), false)
                    .map(error -> error.get("field").asString()).toList();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
