package uz.fikr.survey.form;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: it gets pages, keeps cookies, follows no redirects, and posts forms as
 * {@code application/x-www-form-urlencoded} with the fields the page gave plus what the reader filled in.
 */
final class FormClient {

    private final String base;
    private final HttpClient http;
    private final List<String> headers = new ArrayList<>();

    FormClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every request from now on carries this header. */
    FormClient with(String header, String value) {
        headers.add(header);
        headers.add(value);
        return this;
    }

    FormClient signedInAs(String user, String password) {
        return with("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Fields fields) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.encoded())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (!headers.isEmpty()) {
            request.headers(headers.toArray(String[]::new));
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, HttpHeaders headers, String body) {

        HtmlPage page() {
            return HtmlPage.parse(body);
        }

        String location() {
            return headers.firstValue("Location").orElse(null);
        }

        /** The hidden fields of the page's form, as a browser would send them back. */
        Fields form() {
            Fields fields = new Fields();
            page().get("survey-form").find(tag -> tag.is("input") && "hidden".equals(tag.attr("type")))
                    .forEach(input -> fields.add(input.attr("name"), input.attr("value")));
            return fields;
        }
    }

    /** Form fields in order; a name may repeat (checkboxes). */
    static final class Fields {

        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        Fields add(String name, String value) {
            fields.add(Map.entry(name, value == null ? "" : value));
            return this;
        }

        /** Replaces every value of a field. */
        Fields set(String name, String value) {
            fields.removeIf(field -> field.getKey().equals(name));
            return add(name, value);
        }

        String value(String name) {
            return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        String encoded() {
            return fields.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
