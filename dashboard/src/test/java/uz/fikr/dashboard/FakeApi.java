package uz.fikr.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for analytics-service or survey-service in browserless view tests: a JDK HTTP server on 127.0.0.1 and
 * a free port that answers each {@code METHOD /path} with what the test told it ({@link #on}), and 404 otherwise.
 * It records every request, so a test can check what the dashboard asked and sent.
 */
public final class FakeApi implements AutoCloseable {

    /**
     * A request the dashboard made.
     *
     * @param path the path as answers are looked up by, percent-escapes decoded
     * @param rawPath the path as it was sent
     */
    public record Request(String method, String path, String rawPath, String query, String body,
            String authorization) {
    }

    private record Answer(int status, byte[] body, String contentType, Map<String, String> headers) {

        static Answer json(int status, String json) {
            return new Answer(status, json.getBytes(StandardCharsets.UTF_8),
                    status >= 400 ? "application/problem+json" : "application/json", Map.of());
        }
    }

    private record QueryAnswer(String key, String queryPart, Answer answer) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<QueryAnswer> queryAnswers = new CopyOnWriteArrayList<>();
    private final Map<String, Function<String, String>> queryFunctions = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;

    private FakeApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeApi start() {
        return new FakeApi();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on {@code METHOD path} (the path without its query) answers {@code json} with {@code status}. */
    public FakeApi on(String method, String path, int status, String json) {
        answers.put(method + " " + path, Answer.json(status, json));
        return this;
    }

    /**
     * From now on {@code GET path} answers a file as analytics-service serves an archived report: exactly
     * {@code bytes}, with {@code contentType} and further headers such as {@code Content-Disposition}.
     */
    public FakeApi file(String path, String contentType, Map<String, String> headers, byte[] bytes) {
        answers.put("GET " + path, new Answer(200, bytes.clone(), contentType, Map.copyOf(headers)));
        return this;
    }

    /** From now on {@code GET path} answers {@code json} with 200. */
    public FakeApi get(String path, String json) {
        return on("GET", path, 200, json);
    }

    /**
     * From now on {@code GET path} answers {@code json} with 200 when its raw query contains {@code queryPart} (e.g.
     * {@code from=2026-06-03}), before any answer given with {@link #on}; the last such answer given wins.
     */
    public FakeApi getWhenQuery(String path, String queryPart, String json) {
        queryAnswers.addFirst(new QueryAnswer("GET " + path, queryPart, Answer.json(200, json)));
        return this;
    }

    /**
     * From now on {@code GET path} answers with 200 and the JSON {@code answer} writes for the request's raw query,
     * as a service that pages its answers ({@code limit}, {@code offset}) does.
     */
    public FakeApi getByQuery(String path, Function<String, String> answer) {
        queryFunctions.put("GET " + path, answer);
        return this;
    }

    /** From now on every answer comes only after {@code delay}, as from a service that is slow to answer. */
    public FakeApi answerAfter(Duration delay) {
        this.delay = delay;
        return this;
    }

    public void reset() {
        delay = Duration.ZERO;
        answers.clear();
        queryAnswers.clear();
        queryFunctions.clear();
        requests.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests made to {@code path}, oldest first. */
    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), uri.getPath(), uri.getRawPath(),
                    uri.getRawQuery() == null ? "" : uri.getRawQuery(), body,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            pause(delay);
            String key = exchange.getRequestMethod() + " " + uri.getPath();
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            Answer answer = queryAnswers.stream()
                    .filter(candidate -> candidate.key().equals(key) && query.contains(candidate.queryPart()))
                    .map(QueryAnswer::answer).findFirst()
                    .or(() -> Optional.ofNullable(queryFunctions.get(key)).map(f -> Answer.json(200, f.apply(query))))
                    .orElseGet(() -> answers.get(key));
            if (answer == null) {
                byte[] notFound = "{\"title\":\"Not Found\",\"status\":404}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(404, notFound.length);
                exchange.getResponseBody().write(notFound);
                return;
            }
            byte[] bytes = answer.body();
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }
}
