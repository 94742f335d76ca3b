package uz.fikr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real ClickHouse server for tests: the {@code CLICKHOUSE_URL} server when that variable is set, otherwise a
 * throw-away {@code clickhouse-server} process on free loopback ports with its own data directory, started once per
 * test JVM and stopped (data deleted) when the JVM exits.
 */
public final class ClickHouseTestServer {

    private static final Logger log = LoggerFactory.getLogger(ClickHouseTestServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Path PACKAGE_USERS_XML = Path.of("/etc/clickhouse-server/users.xml");

    private static ClickHouseTestServer shared;

    private final URI url;
    private final Process process;
    private final Path home;

    private ClickHouseTestServer(URI url, Process process, Path home) {
        this.url = url;
        this.process = process;
        this.home = home;
    }

    /** The server every test in this JVM shares. */
    public static synchronized ClickHouseTestServer shared() {
        if (shared == null) {
            String external = System.getenv("CLICKHOUSE_URL");
            shared = external != null && !external.isBlank()
                    ? new ClickHouseTestServer(URI.create(external), null, null)
                    : start();
        }
        return shared;
    }

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:34567}. */
    public URI url() {
        return url;
    }

    /** Runs a statement over plain HTTP and returns the server's answer: for test set-up and checks. */
    public String query(String sql) {
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ClickHouse refused " + sql + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ClickHouseTestServer start() {
        try {
            Path home = Files.createTempDirectory("fikr-clickhouse-");
            int httpPort = freePort();
            int tcpPort = freePort();
            Path config = writeConfig(home, httpPort, tcpPort);
            Process process = new ProcessBuilder(executable(), "--config-file=" + config)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.log").toFile())
                    .start();
            URI url = URI.create("http://127.0.0.1:" + httpPort);
            ClickHouseTestServer server = new ClickHouseTestServer(url, process, home);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "clickhouse-test-server-stop"));
            server.awaitReady();
            log.info("ClickHouse test server up at {} (data in {})", url, home);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start clickhouse-server; install the clickhouse-server package "
                    + "or set CLICKHOUSE_URL", e);
        }
    }

    private static String executable() {
        for (String candidate : new String[] {"/usr/bin/clickhouse-server", "/usr/local/bin/clickhouse-server"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "clickhouse-server";
    }

    private static Path writeConfig(Path home, int httpPort, int tcpPort) throws IOException {
        Path users = home.resolve("users.xml");
        Files.copy(PACKAGE_USERS_XML, users);
        for (String dir : new String[] {"data", "tmp", "user_files", "format_schemas"}) {
            Files.createDirectories(home.resolve(dir));
        }
        String xml = """
                <yandex>
                    <logger><level>warning</level><console>1</console></logger>
                    <http_port>%d</http_port>
                    <tcp_port>%d</tcp_port>
                    <listen_host>127.0.0.1</listen_host>
                    <path>%s/data/</path>
                    <tmp_path>%s/tmp/</tmp_path>
                    <user_files_path>%s/user_files/</user_files_path>
                    <format_schema_path>%s/format_schemas/</format_schema_path>
                    <users_config>%s</users_config>
                    <mark_cache_size>268435456</mark_cache_size>
                    <default_profile>default</default_profile>
                    <default_database>default</default_database>
                    <timezone>UTC</timezone>
                </yandex>
                """.formatted(httpPort, tcpPort, home, home, home, home, users);
        Path config = home.resolve("config.xml");
        Files.writeString(config, xml);
        return config;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest ping = HttpRequest.newBuilder(url.resolve("/ping")).timeout(Duration.ofSeconds(2)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("clickhouse-server exited with " + process.exitValue()
                            + "; see " + home.resolve("server.log"));
                }
                try {
                    if (client.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // the server is still starting
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        throw new IllegalStateException("clickhouse-server did not answer within " + START_TIMEOUT);
    }

    private void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteQuietly(home);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    /** A port nothing listens on now, on the loopback interface. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
