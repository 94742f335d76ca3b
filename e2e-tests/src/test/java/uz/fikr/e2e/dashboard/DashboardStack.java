package uz.fikr.e2e.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import uz.fikr.e2e.AnalyticsLogin;
import uz.fikr.testsupport.ClickHouseTestServer;
import uz.fikr.testsupport.ServiceProcess;

/**
 * Fikr with its dashboard, as production runs it: a real Kafka broker, a real ClickHouse server, and survey-service,
 * analytics-service and the dashboard as their own JVMs from their runnable jars, all on loopback and free ports. The
 * demo surveys are published. survey-service's admin is the dashboard's login to it; the dashboard has a first admin
 * of its own and keeps the users it adds in a temporary file.
 */
final class DashboardStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardStack.class);

    /** The dashboard's first admin, from configuration. */
    static final String ADMIN = "direktor";
    /** The librarian named on interviews and paper forms. */
    static final String STAFF = "librarian";
    private static final String SURVEY_ADMIN = "admin";
    private static final Duration START = Duration.ofSeconds(150);

    private final String password = "e2e-" + Long.toHexString(System.nanoTime());
    private final String database = "fikr_dashboard_" + Long.toHexString(System.nanoTime());
    private final Path usersFile;
    private final EmbeddedKafkaKraftBroker kafka;
    private final List<ServiceProcess> started = new ArrayList<>();
    private @Nullable ServiceProcess surveyService;
    private @Nullable ServiceProcess analyticsService;
    private @Nullable ServiceProcess dashboard;

    private DashboardStack() throws IOException {
        usersFile = Files.createTempDirectory("fikr-dashboard-users-").resolve("users.json");
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
    }

    /**
     * Starts survey-service and analytics-service side by side, then the dashboard, which is told where they listen;
     * {@code meanwhile} runs while the dashboard starts. On any failure stops whatever did start.
     */
    static DashboardStack start(Consumer<DashboardStack> meanwhile) {
        DashboardStack stack;
        try {
            stack = new DashboardStack();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // leaving this block waits for every start to end, so a failure below finds each service started or gone
        try (ExecutorService starting = Executors.newFixedThreadPool(3)) {
            Map<String, String> environment = stack.environment();
            var survey = CompletableFuture.supplyAsync(() -> stack.started(ServiceProcess.start("survey-service",
                    jar("survey-service"), "SURVEY_SERVICE_PORT", environment, "/actuator/health/readiness", START)),
                    starting);
            var analytics = CompletableFuture.supplyAsync(() -> stack.started(ServiceProcess.start(
                    "analytics-service", jar("analytics-service"), "ANALYTICS_SERVICE_PORT", environment,
                    "/actuator/health/readiness", START)), starting);
            CompletableFuture.allOf(survey, analytics).join();
            stack.surveyService = survey.join();
            stack.analyticsService = analytics.join();
            Map<String, String> withServices = new HashMap<>(environment);
            withServices.put("SURVEY_SERVICE_URL", stack.surveyService.url().toString());
            withServices.put("ANALYTICS_URL", stack.analyticsService.url().toString());
            var dashboard = CompletableFuture.supplyAsync(() -> stack.started(ServiceProcess.start("dashboard",
                    jar("dashboard"), "DASHBOARD_PORT", withServices, "/actuator/health", START)), starting);
            meanwhile.accept(stack);
            stack.dashboard = dashboard.join();
            return stack;
        }
        catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.getBrokersAsString());
        environment.put("CLICKHOUSE_URL", ClickHouseTestServer.shared().url().toString());
        environment.put("CLICKHOUSE_DATABASE", database);
        environment.put("FIKR_TOPIC_PARTITIONS", "2");
        environment.put("FIKR_SEED_DEMO_SURVEYS", "true");
        environment.put("FIKR_ADMIN_USER", SURVEY_ADMIN);
        environment.put("FIKR_ADMIN_PASSWORD", password);
        environment.put("FIKR_STAFF_USER", STAFF);
        environment.put("FIKR_STAFF_PASSWORD", password);
        environment.put("FIKR_ANALYTICS_USER", AnalyticsLogin.USER);
        environment.put("FIKR_ANALYTICS_PASSWORD", AnalyticsLogin.PASSWORD);
        environment.put("FIKR_DASHBOARD_ADMIN_USER", ADMIN);
        environment.put("FIKR_DASHBOARD_ADMIN_PASSWORD", password);
        environment.put("FIKR_DASHBOARD_USERS_FILE", usersFile.toString());
        environment.put("FIKR_MIN_FILL_TIME", "0s");
        // the demo data come from one address; the per-client limit has tests of its own
        environment.put("FIKR_SUBMISSIONS_PER_MINUTE", "0");
        environment.put("VAADIN_USAGE_STATS_ENABLED", "false");
        return environment;
    }

    private synchronized ServiceProcess started(ServiceProcess service) {
        started.add(service);
        return service;
    }

    URI dashboard() {
        return running(dashboard).url();
    }

    URI surveyService() {
        return running(surveyService).url();
    }

    URI analyticsService() {
        return running(analyticsService).url();
    }

    String kafkaBootstrap() {
        return kafka.getBrokersAsString();
    }

    /** The password of the dashboard's first admin, survey-service's admin and the librarian. */
    String password() {
        return password;
    }

    @Override
    public void close() {
        List<ServiceProcess> stopping;
        synchronized (this) {
            stopping = List.copyOf(started.reversed());
        }
        try {
            stopping.forEach(ServiceProcess::close);
        }
        finally {
            kafka.destroy();
            try (Stream<Path> files = Files.walk(usersFile.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            catch (IOException e) {
                log.warn("Could not delete the dashboard's users file {}", usersFile, e);
            }
        }
    }

    private static ServiceProcess running(@Nullable ServiceProcess service) {
        if (service == null) {
            throw new IllegalStateException("the stack is not running");
        }
        return service;
    }

    private static Path jar(String service) {
        return Path.of(System.getProperty("fikr.jar." + service));
    }
}
