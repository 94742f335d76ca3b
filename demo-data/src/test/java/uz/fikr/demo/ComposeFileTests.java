package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The production docker-compose.yml, as docker-compose itself reads it ({@code docker-compose config}): valid,
 * and every service healthy before its dependants start and limited in memory. No Docker engine is needed.
 */
class ComposeFileTests {

    private static final Path COMPOSE_FILE = repositoryRoot().resolve("docker-compose.yml");

    private static JsonNode services;
    private static JsonNode config;

    @BeforeAll
    static void readComposeFile() throws Exception {
        assertThat(COMPOSE_FILE).exists();
        assertThat(dockerCompose("config", "-q")).isEmpty();
        config = YAMLMapper.builder().build().readTree(dockerCompose("config"));
        services = config.get("services");
    }

    @Test
    void runs_kafka_clickhouse_and_the_three_services() {
        assertThat(services.propertyNames()).containsExactlyInAnyOrder(
                "kafka", "clickhouse", "survey-service", "analytics-service", "dashboard");
    }

    @Test
    void every_service_has_a_healthcheck_and_a_memory_limit() {
        for (String name : services.propertyNames()) {
            JsonNode service = services.get(name);
            assertThat(service.path("healthcheck").path("test").isMissingNode()).as("%s healthcheck", name).isFalse();
            assertThat(memoryLimit(service)).as("%s memory limit", name).isNotEmpty();
        }
    }

    @Test
    void services_start_only_once_what_they_depend_on_is_healthy() {
        assertThat(dependencies("survey-service")).containsExactly(Map.entry("kafka", "service_healthy"));
        assertThat(dependencies("analytics-service")).containsExactlyInAnyOrder(
                Map.entry("kafka", "service_healthy"), Map.entry("clickhouse", "service_healthy"));
        assertThat(dependencies("dashboard")).containsExactlyInAnyOrder(
                Map.entry("survey-service", "service_healthy"), Map.entry("analytics-service", "service_healthy"));
    }

    @Test
    void images_are_pinned_and_the_services_are_built_from_this_repository() {
        assertThat(services.get("kafka").get("image").asString()).matches("apache/kafka:4\\.1\\.\\d+");
        assertThat(services.get("clickhouse").get("image").asString())
                .matches("clickhouse/clickhouse-server:\\d+\\.\\d+[.\\d]*");
        for (String name : List.of("survey-service", "analytics-service", "dashboard")) {
            JsonNode build = services.get(name).get("build");
            assertThat(build.get("dockerfile").asString()).as(name).isEqualTo("docker/service.Dockerfile");
            assertThat(build.get("args").get("MODULE").asString()).as(name).isEqualTo(name);
            assertThat(repositoryRoot().resolve(build.get("dockerfile").asString())).exists();
        }
    }

    @Test
    void services_find_each_other_and_publish_their_ports() {
        for (String name : List.of("survey-service", "analytics-service", "dashboard")) {
            JsonNode environment = services.get(name).get("environment");
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").asString()).isEqualTo("kafka:9092");
            assertThat(environment.get("CLICKHOUSE_URL").asString()).isEqualTo("http://clickhouse:8123");
            assertThat(environment.get("SURVEY_SERVICE_URL").asString()).isEqualTo("http://survey-service:8081");
            assertThat(environment.get("ANALYTICS_URL").asString()).isEqualTo("http://analytics-service:8082");
        }
        assertThat(publishedPort("dashboard")).isEqualTo(8080);
        assertThat(publishedPort("survey-service")).isEqualTo(8081);
        assertThat(publishedPort("analytics-service")).isEqualTo(8082);
    }

    @Test
    void kafka_and_clickhouse_keep_their_data_in_named_volumes() {
        assertThat(config.get("volumes").propertyNames()).contains("kafka-data", "clickhouse-data");
        assertThat(services.get("kafka").get("volumes").toString()).contains("kafka-data");
        assertThat(services.get("clickhouse").get("volumes").toString()).contains("clickhouse-data");
    }

    private static String memoryLimit(JsonNode service) {
        String memLimit = service.path("mem_limit").asString("");
        return memLimit.isEmpty()
                ? service.path("deploy").path("resources").path("limits").path("memory").asString("")
                : memLimit;
    }

    private static List<Map.Entry<String, String>> dependencies(String name) {
        JsonNode dependsOn = services.get(name).get("depends_on");
        return dependsOn.propertyNames().stream()
                .map(dependency -> Map.entry(dependency, dependsOn.get(dependency).get("condition").asString()))
                .toList();
    }

    private static int publishedPort(String name) {
        JsonNode port = services.get(name).get("ports").get(0);
        return port.isString()
                ? Integer.parseInt(port.asString().split(":")[0])
                : Integer.parseInt(port.get("published").asString());
    }

    /** Runs docker-compose on the file and returns what it printed; fails the test if it cannot run or complains. */
    private static String dockerCompose(String... arguments) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("docker-compose", ".err");
        List<String> command = new java.util.ArrayList<>(List.of("docker-compose", "-f", COMPOSE_FILE.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
            // the secrets the file requires (it refuses to start without them); any value will do for reading it
            builder.environment().putIfAbsent("FIKR_ANALYTICS_PASSWORD", "compose-file-test");
            builder.environment().putIfAbsent("FIKR_ADMIN_PASSWORD", "compose-file-test");
            builder.environment().putIfAbsent("FIKR_DASHBOARD_ADMIN_PASSWORD", "compose-file-test");
            process = builder.start();
        } catch (IOException notInstalled) {
            return fail("docker-compose is not installed, so docker-compose.yml cannot be checked. Install it with"
                    + " `apt-get install -y --no-install-recommends docker-compose` (./fikr test and .ci/run do)",
                    notInstalled);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("docker-compose %s did not finish in 2 minutes", String.join(" ", arguments));
        }
        String errors = Files.readString(stderr);
        Files.delete(stderr);
        assertThat(process.exitValue()).as("docker-compose %s failed: %s", String.join(" ", arguments), errors)
                .isZero();
        return output;
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    }
}
