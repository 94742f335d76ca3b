package uz.fikr.survey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's JSON API over HTTP on 127.0.0.1, as a client sees it: any status, with or without a login. */
public final class JsonApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public JsonApi(int port) {
        // the JDK client: Apache HttpClient (on the test class path) would itself wait out Retry-After and retry
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build();
    }

    /** @param credentials {@code user:password} for HTTP Basic, or null for an anonymous call */
    public Reply call(HttpMethod method, String path, @Nullable String body, @Nullable String credentials) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (credentials != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Reply(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                    bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes), response.getHeaders());
        });
    }

    public record Reply(int status, String contentType, JsonNode body, HttpHeaders headers) {}
}
