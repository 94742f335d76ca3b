package uz.fikr.analytics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * The whole analytics-service on a real Kafka broker (in-process KRaft) and the real ClickHouse test server, on a
 * random loopback port. Each subclass names its own database ({@link #database(String)} in a
 * {@code @DynamicPropertySource} of its own), so data sets of different test classes never meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "fikr.ingest.retry-initial=100ms",
            "fikr.api.user=dashboard", "fikr.api.password=" + AnalyticsIntegrationTest.API_PASSWORD})
@EmbeddedKafka(partitions = 1)
public abstract class AnalyticsIntegrationTest {

    static final String API_PASSWORD = "analytics-test";

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("fikr.clickhouse.url", () -> ClickHouseTestServer.shared().url().toString());
        registry.add("fikr.ingest.partitions", () -> 1);
    }

    /** A database name of its own for a test class: {@code prefix} plus a random suffix. */
    protected static String database(String prefix) {
        return prefix + "_" + Long.toHexString(System.nanoTime());
    }

    protected RestClient api() {
        return api(port);
    }

    /** The API as the dashboard calls it, with its login. */
    public static RestClient api(int port) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("dashboard", API_PASSWORD)).build();
    }

    /** GET of a JSON resource that must answer 2xx. */
    protected JsonNode getJson(String uri) {
        return api().get().uri(uri).retrieve().body(JsonNode.class);
    }
}
