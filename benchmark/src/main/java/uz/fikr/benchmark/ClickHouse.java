package uz.fikr.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The ClickHouse server of the run: SQL over its HTTP interface (as analytics-service talks to it), and inserts
 * through {@code clickhouse-client} over the native port (the baseline of the drain and the bulk loader).
 */
final class ClickHouse {

    /** Writes a RowBinary body into the process's standard input. */
    interface RowWriter {
        void write(OutputStream out) throws IOException;
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI http;
    private final int tcpPort;

    ClickHouse(URI http, int tcpPort) {
        this.http = http;
        this.tcpPort = tcpPort;
    }

    String query(String sql) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(http)
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ClickHouse answered " + response.statusCode() + " to " + sql
                        + ": " + response.body());
            }
            return response.body().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return Long.parseLong(query(sql));
    }

    /**
     * {@code INSERT INTO table (columns) FORMAT RowBinary} with clickhouse-client reading the given file: the format
     * analytics-service inserts in.
     */
    void insertFile(String table, List<String> columns, Path file) {
        run(new ProcessBuilder(command(table, columns)).redirectInput(file.toFile()), null);
    }

    /** The same, with the rows streamed into clickhouse-client's standard input as they are generated. */
    void insertStream(String table, List<String> columns, RowWriter rows) {
        run(new ProcessBuilder(command(table, columns)), rows);
    }

    private List<String> command(String table, List<String> columns) {
        return List.of("clickhouse-client", "--host", "127.0.0.1", "--port", Integer.toString(tcpPort),
                "--query", "INSERT INTO " + table + " (" + String.join(", ", columns) + ") FORMAT RowBinary");
    }

    private static void run(ProcessBuilder builder, @Nullable RowWriter rows) {
        try {
            Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (rows != null) {
                try (OutputStream in = new java.io.BufferedOutputStream(process.getOutputStream(), 1 << 20)) {
                    rows.write(in);
                }
            }
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("clickhouse-client took over 10 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("clickhouse-client failed with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
