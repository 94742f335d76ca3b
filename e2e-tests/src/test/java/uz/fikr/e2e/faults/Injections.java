package uz.fikr.e2e.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import uz.fikr.demo.DemoResponses;
import uz.fikr.demo.Submission;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.testsupport.ClickHouseTestServer;

/** The faults that are not a broken process or link: racing clients, late resubmissions, poison, and a probe. */
public final class Injections {

    private final FaultStack stack;
    private final KafkaProbe kafka;

    public Injections(FaultStack stack, KafkaProbe kafka) {
        this.stack = stack;
        this.kafka = kafka;
    }

    /** Each response posted by {@code threads} virtual threads released at the same instant; the final statuses. */
    public static List<Integer> postConcurrently(LoadDriver readers, List<? extends Submission> responses,
            int threads, LoadRun run, Duration giveUpAfter) {
        CountDownLatch gate = new CountDownLatch(1);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Thread> posters = new ArrayList<>();
        for (Submission response : responses) {
            for (int i = 0; i < threads; i++) {
                posters.add(Thread.ofVirtual().start(() -> {
                    try {
                        gate.await();
                        statuses.add(readers.post(response, run, giveUpAfter));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
        }
        gate.countDown();
        for (Thread poster : posters) {
            try {
                poster.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(statuses);
    }

    /**
     * The events of {@code ids} as survey-service published them, written again with {@code receivedAt} moved by
     * each offset: a client resubmitting hours or weeks later, simulated without waiting.
     */
    public void resubmitLater(Set<UUID> ids, Duration... offsets) {
        Map<UUID, ResponseSubmitted> events = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : kafka.readAll(ResponseSubmitted.TOPIC)) {
            ResponseSubmitted event = EventJson.read(record.value(), ResponseSubmitted.class);
            if (ids.contains(event.responseId())) {
                events.putIfAbsent(event.responseId(), event);
            }
        }
        for (ResponseSubmitted event : events.values()) {
            for (Duration offset : offsets) {
                kafka.send(ResponseSubmitted.TOPIC, event.responseId().toString(), EventJson.write(
                        new ResponseSubmitted(event.schemaVersion(), event.responseId(), event.surveyId(),
                                event.surveyVersion(), event.receivedAt().plus(offset), event.channel(),
                                event.branch(), event.respondent(), event.answers(), event.enteredBy())));
            }
        }
    }

    /** How many of {@code ids} have a row received more than 30 days from now: in a later monthly partition. */
    public long storedInALaterMonth(Set<UUID> ids) {
        String list = ids.stream().map(id -> "toUUID('" + id + "')").collect(Collectors.joining(","));
        return Long.parseLong(ClickHouseTestServer.shared().query("SELECT uniqExact(response_id) FROM "
                + stack.database() + ".responses WHERE response_id IN (" + list + ") AND received_at > now() + "
                + "30 * 86400 FORMAT TabSeparated").strip());
    }

    /**
     * Three records that can never be stored, written amid the valid ones: not JSON, a schema version from the
     * future, an answer to a question the survey does not have.
     *
     * @return where they landed, as {@link KafkaProbe.DeadLetter#origin()} names it
     */
    public Set<String> poisonRecords(Random random) {
        UUID unknownQuestion = new UUID(random.nextLong(), random.nextLong());
        Map<String, byte[]> poison = new LinkedHashMap<>();
        poison.put(new UUID(random.nextLong(), random.nextLong()).toString(),
                "{\"schemaVersion\": 1, \"respon".getBytes(UTF_8));
        poison.put(new UUID(random.nextLong(), random.nextLong()).toString(),
                "{\"schemaVersion\": 99, \"surveyId\": \"demo\"}".getBytes(UTF_8));
        poison.put(unknownQuestion.toString(), EventJson.write(new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION,
                unknownQuestion, DemoResponses.SURVEY_ID, DemoResponses.SURVEY_VERSION, Instant.now(), Channel.WEB,
                "central", Respondent.ANONYMOUS, Map.of("no_such_question", new AnswerValue.Number(3)))));
        Set<String> origins = new HashSet<>();
        poison.forEach((key, value) -> {
            RecordMetadata landed = kafka.send(ResponseSubmitted.TOPIC, key, value);
            origins.add(landed.topic() + "-" + landed.partition() + "@" + landed.offset());
        });
        return origins;
    }

    /**
     * How many records beyond analytics-service's committed offsets already have rows in ClickHouse: what a
     * restarted analytics-service will deliver and insert a second time. Read while it is down.
     */
    public long storedButNotCommitted() {
        Map<Integer, Long> committed = kafka.committed(Checkpoint.CONSUMER_GROUP, ResponseSubmitted.TOPIC);
        StoredResponses storage = StoredResponses.read(stack.database());
        return kafka.readFrom(ResponseSubmitted.TOPIC, committed).stream()
                .map(ConsumerRecord::key)
                .filter(key -> key != null && key.length() == 36)
                .filter(key -> !storage.absent(UUID.fromString(key)))
                .count();
    }
}
