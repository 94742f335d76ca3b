package uz.fikr.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;

/**
 * Drain: N ResponseSubmitted records produced straight to Kafka, timed from the first send until
 * {@code uniqExact(response_id)} in {@code fikr.responses} has grown by N. Baseline: the same rows in the same format
 * (RowBinary, as the service inserts them), from files, inserted with clickhouse-client into copies of the two tables
 * in database {@code fikr_bench}.
 */
final class DrainBench {

    private static final long POLL_MILLIS = 250;

    private final Options options;
    private final ClickHouse clickHouse;

    DrainBench(Options options, ClickHouse clickHouse) {
        this.options = options;
        this.clickHouse = clickHouse;
    }

    List<Figure> run(Path workDir) throws IOException {
        waitUntilQuiet();
        List<Double> drain = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int rep = 0; rep < options.repetitions(); rep++) {
                List<ResponseSubmitted> events = events(rep);
                Path answers = workDir.resolve("drain-answers.bin");
                Path responses = workDir.resolve("drain-responses.bin");
                Instant ingestedAt = Instant.now();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(answers))) {
                    Rows.answers(events, ingestedAt, out);
                }
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(responses))) {
                    Rows.responses(events, ingestedAt, out);
                }
                drain.add(drain(producer, events));
                raw.add(insertBaseline(answers, responses, events.size()));
                Log.info("drain rep %d: %.0f responses/s; clickhouse-client %.0f responses/s", rep + 1,
                        drain.getLast(), raw.getLast());
            }
        } finally {
            clickHouse.query("DROP DATABASE IF EXISTS fikr_bench");
        }
        return List.of(new Figure("drain.throughput",
                "Kafka -> analytics-service -> ClickHouse, %d responses per repetition".formatted(
                        options.drainResponses()),
                "responses/s", Spread.of(drain),
                "clickhouse-client INSERT of the same rows (answers, then responses) as RowBinary files",
                Spread.of(raw)));
    }

    private List<ResponseSubmitted> events(int rep) {
        List<ResponseSubmitted> events = new ArrayList<>();
        Instant now = Instant.now();
        for (int chunk = 0; events.size() < options.drainResponses(); chunk++) {
            events.addAll(Workload.events(options.seed() + 1_000 + rep, chunk, 2_500, now));
        }
        return events.subList(0, options.drainResponses());
    }

    private double drain(KafkaProducer<String, byte[]> producer, List<ResponseSubmitted> events) {
        long before = storedResponses();
        long start = System.nanoTime();
        for (ResponseSubmitted event : events) {
            producer.send(new ProducerRecord<>(ResponseSubmitted.TOPIC, event.responseId().toString(),
                    EventJson.write(event)));
        }
        producer.flush();
        Log.info("drain: %d records produced in %.2f s", events.size(), (System.nanoTime() - start) / 1e9);
        long deadline = start + options.drainTimeout().toNanos();
        long target = before + events.size();
        while (storedResponses() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analytics-service stored %d of %d responses within %s".formatted(
                        storedResponses() - before, events.size(), options.drainTimeout()));
            }
            sleep(POLL_MILLIS);
        }
        return events.size() / ((System.nanoTime() - start) / 1e9);
    }

    private double insertBaseline(Path answers, Path responses, int count) {
        clickHouse.query("DROP DATABASE IF EXISTS fikr_bench");
        clickHouse.query("CREATE DATABASE fikr_bench");
        clickHouse.query("CREATE TABLE fikr_bench.answers AS fikr.answers");
        clickHouse.query("CREATE TABLE fikr_bench.responses AS fikr.responses");
        long start = System.nanoTime();
        clickHouse.insertFile("fikr_bench.answers", Rows.ANSWER_COLUMNS, answers);
        clickHouse.insertFile("fikr_bench.responses", Rows.RESPONSE_COLUMNS, responses);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Waits (bounded) until the responses the intake posted have been drained: the count stops moving. */
    private void waitUntilQuiet() {
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        long last = -1;
        long current = storedResponses();
        while (current != last && System.nanoTime() < deadline) {
            sleep(3_000);
            last = current;
            current = storedResponses();
        }
        Log.info("%d responses stored before the drain", current);
    }

    private long storedResponses() {
        return clickHouse.count("SELECT uniqExact(response_id) FROM fikr.responses FORMAT TabSeparated");
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
