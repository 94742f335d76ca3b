package uz.fikr.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for analytics-service: a JDK HTTP server on 127.0.0.1 and a free port that answers
 * {@code GET /api/v1/surveys/demo/summary} with whatever the test told it to.
 */
public final class FakeAnalyticsServer implements AutoCloseable {

    public static final String SUMMARY_PATH = "/api/v1/surveys/demo/summary";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger summaryRequests = new AtomicInteger();
    private volatile int status = 200;
    private volatile String body = SurveySummaries.demo(0);
    private volatile Duration delay = Duration.ZERO;

    private volatile String lastAuthorization;

    private FakeAnalyticsServer() {
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

    public static FakeAnalyticsServer start() {
        return new FakeAnalyticsServer();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on the summary is {@code json}, with status 200. */
    public void answer(String json) {
        this.body = json;
        this.status = 200;
        this.delay = Duration.ZERO;
    }

    /** From now on every request fails with {@code status}, as a broken analytics-service would. */
    public void failWith(int status) {
        this.body = "{\"error\":\"analytics is having a bad day\"}";
        this.status = status;
    }

    /** From now on every answer comes only after {@code delay}. */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** The Authorization header of the last summary request; null when it had none. */
    public String lastAuthorization() {
        return lastAuthorization;
    }

    public int summaryRequests() {
        return summaryRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !SUMMARY_PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            summaryRequests.incrementAndGet();
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            pause(delay);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
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

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
