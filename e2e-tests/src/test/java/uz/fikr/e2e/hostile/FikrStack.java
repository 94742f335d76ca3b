package uz.fikr.e2e.hostile;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import uz.fikr.testsupport.ClickHouseTestServer;
import uz.fikr.testsupport.RawHttp;
import uz.fikr.testsupport.Reply;
import uz.fikr.testsupport.ServiceProcess;

/**
 * The whole of Fikr that exists today, as production runs it: a real Kafka broker, a real ClickHouse server, and
 * survey-service and analytics-service as their own JVMs from their runnable jars, all on loopback. The demo
 * surveys are published; a librarian, an admin and the privacy officer can log in.
 */
public final class FikrStack implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String STAFF = "librarian";
    public static final String PRIVACY = "privacy-officer";
    private static final Duration START = Duration.ofSeconds(90);

    private final String password = "hostile-" + Long.toHexString(System.nanoTime());
    private final String database = "fikr_hostile_" + Long.toHexString(System.nanoTime());
    private final EmbeddedKafkaKraftBroker kafka;
    private @Nullable ServiceProcess surveyService;
    private @Nullable ServiceProcess analyticsService;

    private FikrStack() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
    }

    /** Starts everything; the two services start side by side. */
    public static FikrStack start(int submissionsPerMinute) {
        FikrStack stack = new FikrStack();
        try {
            Map<String, String> environment = Map.ofEntries(
                    Map.entry("KAFKA_BOOTSTRAP_SERVERS", stack.kafka.getBrokersAsString()),
                    Map.entry("CLICKHOUSE_URL", ClickHouseTestServer.shared().url().toString()),
                    Map.entry("CLICKHOUSE_DATABASE", stack.database),
                    Map.entry("FIKR_TOPIC_PARTITIONS", "2"),
                    Map.entry("FIKR_SEED_DEMO_SURVEYS", "true"),
                    Map.entry("FIKR_ANALYTICS_USER", uz.fikr.e2e.AnalyticsLogin.USER),
                    Map.entry("FIKR_ANALYTICS_PASSWORD", uz.fikr.e2e.AnalyticsLogin.PASSWORD),
                    Map.entry("FIKR_PRIVACY_USER", PRIVACY),
                    Map.entry("FIKR_PRIVACY_PASSWORD", stack.password),
                    Map.entry("FIKR_ADMIN_PASSWORD", stack.password),
                    Map.entry("FIKR_STAFF_USER", STAFF),
                    Map.entry("FIKR_STAFF_PASSWORD", stack.password),
                    Map.entry("FIKR_MIN_FILL_TIME", "0s"),
                    Map.entry("FIKR_SUBMISSIONS_PER_MINUTE", Integer.toString(submissionsPerMinute)));
            CompletableFuture<ServiceProcess> survey = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                    "survey-service", jar("survey-service"), "SURVEY_SERVICE_PORT", environment,
                    "/actuator/health/readiness", START));
            CompletableFuture<ServiceProcess> analytics = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                    "analytics-service", jar("analytics-service"), "ANALYTICS_SERVICE_PORT", environment,
                    "/actuator/health/readiness", START));
            // allOf completes once both have, started or failed, so neither is left running unknown
            CompletableFuture.allOf(survey, analytics).exceptionally(failed -> null).join();
            stack.surveyService = survey.isCompletedExceptionally() ? null : survey.join();
            stack.analyticsService = analytics.isCompletedExceptionally() ? null : analytics.join();
            survey.join();
            analytics.join();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public URI url(HostileCase.Service service) {
        ServiceProcess process = service == HostileCase.Service.SURVEY ? surveyService : analyticsService;
        if (process == null) {
            throw new IllegalStateException(service + " is not running");
        }
        return process.url();
    }

    /** One request to one service, sent as the case wrote it. */
    public Reply send(HostileCase hostile) {
        return RawHttp.exchange(url(hostile.service()), hostile.method(), hostile.target(),
                withLogin(hostile.service(), hostile.headers()), hostile.body(), hostile.framed());
    }

    /**
     * The analytics API answers only the dashboard's login: a case for it is sent with that login, unless the case
     * brings an Authorization header of its own (the cases about logging in).
     */
    private static List<RawHttp.Header> withLogin(HostileCase.Service service, List<RawHttp.Header> headers) {
        if (service != HostileCase.Service.ANALYTICS
                || headers.stream().anyMatch(header -> header.line().regionMatches(true, 0, "Authorization:", 0, 14))) {
            return headers;
        }
        List<RawHttp.Header> all = new ArrayList<>(headers);
        all.add(RawHttp.Header.of("Authorization", uz.fikr.e2e.AnalyticsLogin.header()));
        return all;
    }

    /** A request with a JSON body (or none) from an ordinary, well-behaved client. */
    public Reply send(HostileCase.Service service, String method, String path, byte[] body, RawHttp.Header... headers) {
        List<RawHttp.Header> all = new ArrayList<>(List.of(headers));
        if (body.length > 0 && all.stream().noneMatch(header -> header.line().startsWith("Content-Type:"))) {
            all.add(RawHttp.Header.of("Content-Type", "application/json"));
        }
        return RawHttp.exchange(url(service), method, path, withLogin(service, all), body, true);
    }

    /** The password of the admin, the librarian and the privacy officer. */
    public String password() {
        return password;
    }

    public String database() {
        return database;
    }

    public String kafkaBootstrap() {
        return kafka.getBrokersAsString();
    }

    @Override
    public void close() {
        if (analyticsService != null) {
            analyticsService.close();
        }
        if (surveyService != null) {
            surveyService.close();
        }
        kafka.destroy();
    }

    private static Path jar(String service) {
        return Path.of(System.getProperty("fikr.jar." + service));
    }
}
