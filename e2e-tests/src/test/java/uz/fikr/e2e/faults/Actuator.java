package uz.fikr.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.DoubleStream;

/** What an orchestrator sees of a service: its health probes and its Prometheus gauges. */
public final class Actuator {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Actuator() {}

    /** The status of {@code /actuator/health/readiness}, or -1 when the service does not answer. */
    public static int readiness(URI service) {
        return status(service.resolve("/actuator/health/readiness"));
    }

    public static int liveness(URI service) {
        return status(service.resolve("/actuator/health/liveness"));
    }

    /**
     * The sum of the samples of one Prometheus metric whose labels contain {@code labelPart} (all samples when it
     * is empty), e.g. {@code gauge(url, "jvm_memory_used_bytes", "area=\"heap\"")}.
     */
    public static double gauge(URI service, String metric, String labelPart) {
        return samples(service, metric, labelPart).sum();
    }

    /** The largest sample of one Prometheus metric whose labels contain {@code labelPart}, or 0 when there is none. */
    public static double largest(URI service, String metric, String labelPart) {
        return samples(service, metric, labelPart).max().orElse(0);
    }

    private static DoubleStream samples(URI service, String metric, String labelPart) {
        return get(service.resolve("/actuator/prometheus")).lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> line.contains(labelPart))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
    }

    private static int status(URI uri) {
        try {
            return HTTP.send(request(uri), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String get(URI uri) {
        try {
            return HTTP.send(request(uri), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(uri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
    }
}
