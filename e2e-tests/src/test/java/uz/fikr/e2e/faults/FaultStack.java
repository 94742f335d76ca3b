package uz.fikr.e2e.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import uz.fikr.testsupport.ClickHouseTestServer;
import uz.fikr.testsupport.ServiceProcess;

/**
 * The whole path on loopback, with a breakable link in front of each dependency: a Kafka broker that advertises
 * its link (so every client, the services and the test's own, goes through it), ClickHouse behind another link,
 * and both services as JVMs from their runnable jars, which a test can SIGKILL and start again on the same consumer
 * group and database.
 */
public final class FaultStack implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);
    private static final String READINESS = "/actuator/health/readiness";

    private final String database = "fikr_faults_" + Long.toHexString(System.nanoTime());
    private final String password = "faults-" + Long.toHexString(System.nanoTime());
    private final FaultyLink kafkaLink = FaultyLink.open();
    private final FaultyLink clickHouseLink;
    private final EmbeddedKafkaKraftBroker kafka;
    private final Map<String, String> environment;
    private volatile ServiceProcess surveyService;
    private volatile ServiceProcess analyticsService;

    private FaultStack() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2);
        kafka.brokerProperties(Map.of("advertised.listeners", "EXTERNAL://127.0.0.1:" + kafkaLink.port()));
        kafka.afterPropertiesSet();
        URI broker = URI.create("kafka://" + kafka.getBrokersAsString().split(",")[0]);
        kafkaLink.to(broker.getHost(), broker.getPort());
        URI clickHouse = ClickHouseTestServer.shared().url();
        clickHouseLink = FaultyLink.open().to(clickHouse.getHost(), clickHouse.getPort());
        environment = environment();
    }

    /** Starts Kafka, the links and both services; ClickHouse is the test JVM's shared server. */
    public static FaultStack start() {
        FaultStack stack = new FaultStack();
        try {
            stack.surveyService = stack.startSurveyService();
            stack.analyticsService = stack.startAnalyticsService();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("CLICKHOUSE_URL", clickHouseLink.url("http").toString());
        env.put("CLICKHOUSE_DATABASE", database);
        env.put("FIKR_TOPIC_PARTITIONS", "2");
        env.put("FIKR_SEED_DEMO_SURVEYS", "true");
        env.put("FIKR_ANALYTICS_USER", uz.fikr.e2e.AnalyticsLogin.USER);
        env.put("FIKR_ANALYTICS_PASSWORD", uz.fikr.e2e.AnalyticsLogin.PASSWORD);
        env.put("FIKR_ADMIN_PASSWORD", password);
        env.put("FIKR_STAFF_USER", "librarian");
        env.put("FIKR_STAFF_PASSWORD", password);
        env.put("FIKR_MIN_FILL_TIME", "0s");
        // every load comes from one address; the per-client limit has tests of its own
        env.put("FIKR_SUBMISSIONS_PER_MINUTE", "0");
        // small batches, so that a kill lands between the insert of one batch and its commit
        env.put("FIKR_MAX_POLL_RECORDS", "50");
        env.put("FIKR_INGEST_RETRY_INITIAL", "200ms");
        env.put("FIKR_INGEST_RETRY_MAX", "2s");
        // a killed consumer leaves the group after 6 s instead of the client's default 45 s
        env.put("SPRING_APPLICATION_JSON", """
                {"spring.kafka.consumer.properties.session.timeout.ms": "6000",
                 "spring.kafka.consumer.properties.heartbeat.interval.ms": "1000"}""");
        return Map.copyOf(env);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaLink.port();
    }

    public FaultyLink kafkaLink() {
        return kafkaLink;
    }

    public FaultyLink clickHouseLink() {
        return clickHouseLink;
    }

    public String database() {
        return database;
    }

    public String staffLogin() {
        return "librarian:" + password;
    }

    public URI surveyService() {
        return surveyService.url();
    }

    public URI analyticsService() {
        return analyticsService.url();
    }

    public Path surveyLog() {
        return surveyService.log();
    }

    public Path analyticsLog() {
        return analyticsService.log();
    }

    /** SIGKILL, as when the machine loses power: no shutdown hook, no flush, no offset commit. */
    public void killSurveyService() {
        surveyService.kill();
    }

    public void restartSurveyService() {
        surveyService = startSurveyService();
    }

    public void killAnalyticsService() {
        analyticsService.kill();
    }

    /** Starts analytics-service again on the same consumer group and database; returns once it is ready. */
    public void restartAnalyticsService() {
        analyticsService = startAnalyticsService();
    }

    private ServiceProcess startSurveyService() {
        return ServiceProcess.start("survey-service", jar("survey-service"), "SURVEY_SERVICE_PORT", environment,
                READINESS, START);
    }

    private ServiceProcess startAnalyticsService() {
        return ServiceProcess.start("analytics-service", jar("analytics-service"), "ANALYTICS_SERVICE_PORT",
                environment, READINESS, START);
    }

    private static Path jar(String service) {
        return Path.of(System.getProperty("fikr.jar." + service));
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
        kafkaLink.close();
        if (clickHouseLink != null) {
            clickHouseLink.close();
        }
    }
}
