package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.fikr.demo.HistoryFixtures.TODAY;
import static uz.fikr.demo.HistoryFixtures.YEAR;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;

/** The history loader against a real Kafka broker (in-process KRaft), with "today" fixed. */
class DemoHistoryLoaderTests {

    private static EmbeddedKafkaKraftBroker broker;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 3, ResponseSubmitted.TOPIC, FeedbackSubmitted.TOPIC);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void publishes_a_year_of_responses_and_feedback_keyed_by_id_and_received_in_the_past() throws Exception {
        Instant published = Instant.now();

        int exitCode = run("--kafka", broker.getBrokersAsString(), "--responses", "400", "--feedback", "40",
                "--seed", "11");

        assertThat(exitCode).as(() -> text(err)).isZero();
        long demo = DemoHistory.responses(400, 11, YEAR, "librarian").stream()
                .filter(response -> response.surveyId().equals(DemoResponses.SURVEY_ID)).count();
        assertThat(text(out)).isEqualTo(String.format("demo-data: history of 12 months (2025-11-30 to 2026-11-29)"
                + " published to Kafka at %s: 400 responses (%d demo, %d service-quality) and 40 feedback items"
                + " (seed 11)%n", broker.getBrokersAsString(), demo, 400 - demo));
        List<ConsumerRecord<String, byte[]>> responses = read(ResponseSubmitted.TOPIC, 400, seed(11, "responses"));
        assertThat(responses).allSatisfy(record -> {
            ResponseSubmitted event = EventJson.read(record.value(), ResponseSubmitted.class);
            assertThat(record.key()).isEqualTo(event.responseId().toString());
            assertThat(event.receivedAt()).isAfterOrEqualTo(YEAR.start()).isBefore(YEAR.end());
            assertThat(Instant.ofEpochMilli(record.timestamp())).isAfterOrEqualTo(published.minusSeconds(1));
        });
        assertThat(responses).extracting(record -> EventJson.read(record.value(), ResponseSubmitted.class))
                .containsExactlyInAnyOrderElementsOf(DemoHistory.responses(400, 11, YEAR, "librarian"));
        assertThat(read(FeedbackSubmitted.TOPIC, 40, seed(11, "feedback")))
                .extracting(record -> EventJson.read(record.value(), FeedbackSubmitted.class))
                .containsExactlyInAnyOrderElementsOf(DemoHistory.feedback(40, 11, YEAR));
    }

    @Test
    void loading_again_publishes_the_same_ids_which_analytics_counts_once() throws Exception {
        String[] args = {"--kafka", broker.getBrokersAsString(), "--responses", "30", "--feedback", "0",
                "--seed", "12"};
        assertThat(run(args)).as(() -> text(err)).isZero();
        assertThat(run(args)).as(() -> text(err)).isZero();

        List<ConsumerRecord<String, byte[]>> records = read(ResponseSubmitted.TOPIC, 60, seed(12, "responses"));
        assertThat(records).hasSize(60);
        assertThat(records.stream().map(ConsumerRecord::key).distinct()).containsExactlyInAnyOrderElementsOf(
                DemoHistory.responses(30, 12, YEAR, "librarian").stream()
                        .map(response -> response.responseId().toString()).toList());
    }

    @Test
    void wrong_arguments_print_the_usage_and_publish_nothing() throws Exception {
        assertThat(run("--responses", "10")).isEqualTo(2);
        assertThat(run("--kafka", broker.getBrokersAsString(), "--months", "0")).isEqualTo(2);
        assertThat(run("--kafka", broker.getBrokersAsString(), "--zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(text(err)).contains("--kafka is required", "--months must be at least 1",
                "usage: DemoHistoryLoader");
        assertThat(text(out)).isEmpty();
    }

    private int run(String... args) throws InterruptedException {
        return DemoHistoryLoader.run(args, TODAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The records of a topic whose keys the predicate picks, once {@code count} of them have arrived. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic, int count, Predicate<String> keys) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "history-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (Consumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList());
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (keys.test(record.key())) {
                        records.add(record);
                    }
                });
                return records.size() >= count;
            });
        }
        return records;
    }

    /** The keys of the history drawn from this seed. */
    private static Predicate<String> seed(long seed, String kind) {
        List<String> ids = IntStream.range(0, 1000)
                .mapToObj(i -> DemoHistory.id(kind, seed, i).toString()).toList();
        return ids::contains;
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
