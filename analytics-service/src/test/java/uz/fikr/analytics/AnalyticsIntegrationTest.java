package uz.fikr.analytics;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.DeadLetters;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * The whole analytics-service on a real Kafka broker (in-process KRaft) and the real ClickHouse test server, on a
 * random loopback port. Each subclass names its own database ({@link #database(String)} in a
 * {@code @DynamicPropertySource} of its own), so data sets of different test classes never meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "fikr.ingest.retry-initial=100ms",
            "fikr.api.user=dashboard", "fikr.api.password=" + AnalyticsIntegrationTest.API_PASSWORD,
            "fikr.api.privacy-user=" + AnalyticsIntegrationTest.PRIVACY_USER,
            "fikr.api.privacy-password=" + AnalyticsIntegrationTest.PRIVACY_PASSWORD})
@EmbeddedKafka(partitions = 1)
public abstract class AnalyticsIntegrationTest {

    protected static final String API_PASSWORD = "analytics-test";
    protected static final String PRIVACY_USER = "privacy-officer";
    protected static final String PRIVACY_PASSWORD = "privacy-test";

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @Autowired
    protected EmbeddedKafkaBroker broker;

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

    /** The API as the privacy officer calls it, with the privacy login. */
    protected RestClient privacyApi() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(PRIVACY_USER, PRIVACY_PASSWORD)).build();
    }

    /** GET of a JSON resource that must answer 2xx. */
    protected JsonNode getJson(String uri) {
        return api().get().uri(uri).retrieve().body(JsonNode.class);
    }

    /** At least {@code expected} records of a dead-letter topic, read from its start, waiting up to 30 s. */
    protected List<ConsumerRecord<String, byte[]>> deadLetters(String topic, int expected) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    /** Why each dead letter was set aside. */
    protected static List<String> reasons(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .map(record -> new String(record.headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                        StandardCharsets.UTF_8))
                .toList();
    }
}
