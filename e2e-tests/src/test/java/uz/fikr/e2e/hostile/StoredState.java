package uz.fikr.e2e.hostile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * What Fikr has stored and published at one moment: the rows of its three ClickHouse tables (not de-duplicated,
 * so a partial or repeated insert shows) and the end offsets of the two topics readers' submissions go to.
 */
public record StoredState(long responses, long answers, long feedback, long responseRecords, long feedbackRecords) {

    static final String RESPONSES_TOPIC = "fikr.responses.v1";
    static final String FEEDBACK_TOPIC = "fikr.feedback.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static StoredState of(FikrStack stack) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(stack)) {
            return new StoredState(rows(stack, "responses"), rows(stack, "answers"), rows(stack, "feedback"),
                    endOffsets(consumer, RESPONSES_TOPIC), endOffsets(consumer, FEEDBACK_TOPIC));
        }
    }

    /** What storing exactly these responses and pieces of feedback adds. */
    public static StoredState growthOf(List<HostileCase.Stored> stored) {
        long responses = stored.stream().filter(item -> item.kind() == HostileCase.Stored.Kind.RESPONSE).count();
        long answers = stored.stream().mapToLong(HostileCase.Stored::answerRows).sum();
        long feedback = stored.size() - responses;
        return new StoredState(responses, answers, feedback, responses, feedback);
    }

    /** The state once it has stopped changing for three seconds: everything in flight has landed. */
    public static StoredState settled(FikrStack stack) {
        StoredState[] seen = {of(stack)};
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).until(() -> {
            StoredState now = of(stack);
            boolean same = now.equals(seen[0]);
            seen[0] = now;
            return same;
        });
        return seen[0];
    }

    /** Every stored response (with its number of answer rows) and piece of feedback (with 0), by id. */
    public static Map<String, Long> answerRowsPerId(FikrStack stack) {
        Map<String, Long> rows = new HashMap<>();
        rowsById(stack, "responses").keySet().forEach(id -> rows.put(id, 0L));
        rows.putAll(rowsById(stack, "answers"));
        rowsById(stack, "feedback").keySet().forEach(id -> rows.put(id, 0L));
        return rows;
    }

    public StoredState minus(StoredState before) {
        return new StoredState(responses - before.responses, answers - before.answers, feedback - before.feedback,
                responseRecords - before.responseRecords, feedbackRecords - before.feedbackRecords);
    }

    /** Whether this holds at least as much as {@code other} in every table and topic. */
    public boolean covers(StoredState other) {
        return responses >= other.responses && answers >= other.answers && feedback >= other.feedback
                && responseRecords >= other.responseRecords && feedbackRecords >= other.feedbackRecords;
    }

    /** Every stored free-text answer to {@code questionId} and every piece of feedback, by id. */
    public static Map<String, String> texts(FikrStack stack, String questionId) {
        Map<String, String> texts = new HashMap<>();
        read(stack, "SELECT toString(response_id) AS id, text FROM " + stack.database() + ".answers WHERE "
                + "question_id = '" + questionId + "'", texts);
        read(stack, "SELECT toString(feedback_id) AS id, text FROM " + stack.database() + ".feedback", texts);
        return texts;
    }

    /** How many rows each stored id has in a table: {@code responses}, {@code answers} or {@code feedback}. */
    public static Map<String, Long> rowsById(FikrStack stack, String table) {
        String id = "feedback".equals(table) ? "feedback_id" : "response_id";
        Map<String, Long> rows = new HashMap<>();
        ClickHouseTestServer.shared().query("SELECT toString(" + id + "), count() FROM " + stack.database() + "."
                + table + " GROUP BY " + id + " FORMAT TabSeparated").lines().filter(line -> !line.isBlank())
                .forEach(line -> {
                    String[] columns = line.split("\t");
                    rows.put(columns[0], Long.parseLong(columns[1]));
                });
        return rows;
    }

    private static void read(FikrStack stack, String sql, Map<String, String> into) {
        ClickHouseTestServer.shared().query(sql + " FORMAT JSONEachRow").lines().filter(line -> !line.isBlank())
                .forEach(line -> {
                    JsonNode row = JSON.readTree(line);
                    into.put(row.get("id").asString(), row.get("text").asString());
                });
    }

    private static long rows(FikrStack stack, String table) {
        return Long.parseLong(ClickHouseTestServer.shared().query("SELECT count() FROM " + stack.database() + "."
                + table + " FORMAT TabSeparated").strip());
    }

    private static long endOffsets(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(FikrStack stack) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(properties);
    }
}
