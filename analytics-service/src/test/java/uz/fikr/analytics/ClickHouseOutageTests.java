package uz.fikr.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import uz.fikr.events.DeadLetters;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.testsupport.ClickHouseTestServer;
import uz.fikr.testsupport.TcpProxy;

/**
 * ClickHouse goes away while responses arrive: nothing is dead-lettered or skipped, no offset is committed past what
 * is stored, readiness says so, and everything is stored once when ClickHouse is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "fikr.ingest.retry-initial=100ms", "fikr.ingest.retry-max=1s",
            "fikr.clickhouse.socket-timeout=2s"})
@EmbeddedKafka(partitions = 1)
class ClickHouseOutageTests {

    private static final String DATABASE = "fikr_outage_" + Long.toHexString(System.nanoTime());
    private static final TcpProxy clickHouse = TcpProxy.to(ClickHouseTestServer.shared().url());

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("spring.kafka.consumer.group-id", () -> "outage-" + DATABASE);
        registry.add("fikr.clickhouse.url", () -> clickHouse.url("http").toString());
        registry.add("fikr.clickhouse.database", () -> DATABASE);
        registry.add("fikr.ingest.partitions", () -> 1);
    }

    @AfterAll
    static void closeProxy() {
        clickHouse.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void responses_sent_while_clickhouse_is_down_are_stored_once_when_it_returns() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 200);
        clickHouse.cut();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == 503);

        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            sent.add(id);
            kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(Fixtures.demoResponse(id, 1 + i % 5)))
                    .get();
        }
        // a few retry rounds against the dead ClickHouse
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(committedOffset()).as("offset committed while nothing could be stored").isZero();
        assertThat(endOffset(DeadLetters.topicFor(ResponseSubmitted.TOPIC))).isZero();

        clickHouse.heal();

        await().atMost(Duration.ofSeconds(30)).until(() -> storedResponses() == sent.size());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(committedOffset()).isEqualTo(sent.size()));
        assertThat(readiness()).isEqualTo(200);
        assertThat(endOffset(DeadLetters.topicFor(ResponseSubmitted.TOPIC))).isZero();
    }

    private int readiness() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health/readiness")
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private long storedResponses() {
        return Long.parseLong(ClickHouseTestServer.shared()
                .query("SELECT uniqExact(response_id) FROM " + DATABASE + ".responses").trim());
    }

    private long committedOffset() throws Exception {
        try (AdminClient admin = admin()) {
            Map<org.apache.kafka.common.TopicPartition, OffsetAndMetadata> offsets = admin
                    .listConsumerGroupOffsets("outage-" + DATABASE).partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata offset = offsets.get(new org.apache.kafka.common.TopicPartition(ResponseSubmitted.TOPIC, 0));
            return offset == null ? 0 : offset.offset();
        }
    }

    private long endOffset(String topic) throws Exception {
        try (AdminClient admin = admin()) {
            var partition = new org.apache.kafka.common.TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .partitionResult(partition).get().offset();
        }
    }

    private AdminClient admin() {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }
}
