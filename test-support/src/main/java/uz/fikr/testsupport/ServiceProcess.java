package uz.fikr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of Fikr's services running as its own JVM from its runnable jar, on a free loopback port: the way it runs in
 * production, so tests can also kill it. Stopped when the test JVM exits, whatever happens.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final URI url;
    private final Path log;

    private ServiceProcess(String name, Process process, URI url, Path log) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts {@code jar} with the given environment, waits until {@code readinessPath} answers 200.
     *
     * @param portVariable the environment variable the service takes its port from
     */
    public static ServiceProcess start(String name, Path jar, String portVariable, Map<String, String> environment,
            String readinessPath, Duration timeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw package)");
        }
        try {
            int port = ClickHouseTestServer.freePort();
            Path log = Files.createTempFile("fikr-" + name + "-", ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put(portVariable, Integer.toString(port));
            builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
            Process process = builder.start();
            ServiceProcess service = new ServiceProcess(name, process, URI.create("http://127.0.0.1:" + port), log);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "stop-" + name));
            service.awaitReady(readinessPath, timeout);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return url;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hooks, no flushing, as when a machine loses power. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady(String readinessPath, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(url.resolve(readinessPath)).timeout(Duration.ofSeconds(5)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + log);
                }
                try {
                    if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + "; log: " + log);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }
}
