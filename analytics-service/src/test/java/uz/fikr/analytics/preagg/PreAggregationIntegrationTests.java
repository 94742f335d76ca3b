package uz.fikr.analytics.preagg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.AnalyticsServiceApplication;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * Every figure routed through the per-day aggregates (counts, options, gap sums, responses) equals the one the raw
 * queries give: the same API answered by a
 * second analytics-service on the same database with pre-aggregation switched off, compared endpoint by endpoint
 * under every filter, before and after the days are refreshed, with copies of responses arriving in one batch, in
 * a later batch and days later, and with new answers to a day already aggregated.
 */
class PreAggregationIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_preagg");
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** 13:00 in Tashkent on five days; one response a day at 00:30 Tashkent, still the day before in UTC. */
    private static final Instant FIRST_DAY = Instant.parse("2026-10-05T08:00:00Z");
    private static final List<String> BRANCHES = List.of("central", "chilonzor");
    private static final List<String> GROUPS = List.of("student", "teacher", "pupil");
    private static final List<String> AGES = List.of("18_24", "25_34", "14_17");
    private static final List<Channel> CHANNELS = List.of(Channel.KIOSK, Channel.QR, Channel.WEB);
    private static final List<String> PATHS = List.of(
            "demo/stats", "demo/nps", "demo/trend?question=satisfaction&interval=week",
            "demo/trend?question=satisfaction&interval=month", "demo/trend?question=recommend&interval=quarter",
            "demo/compare?question=satisfaction&by=branch", "demo/compare?question=satisfaction&by=readerGroup",
            "demo/compare?question=recommend&by=ageBand", "demo/compare?question=satisfaction&by=channel",
            "demo/summary", "service-quality/stats", "service-quality/compare?question=q_place_2&by=readerGroup",
            "service-quality/compare?question=q_affect_1&by=branch", "service-quality/compare?question=overall&by=channel",
            "demo/compare?question=visited_service&by=branch", "demo/compare?question=visited_service&by=ageBand",
            "service-quality/gaps", "service-quality/needs?by=readerGroup", "service-quality/needs?by=channel");
    private static final List<String> FILTERS = List.of("", "from=2026-10-06&to=2026-10-08", "from=2026-10-07",
            "to=2026-10-06", "from=2026-11-01", "branch=central", "readerGroup=student", "ageBand=25_34", "channel=qr", "version=1",
            "branch=chilonzor&readerGroup=teacher&from=2026-10-06");

    private static ConfigurableApplicationContext rawService;
    private static boolean loaded;
    private static final List<ResponseSubmitted> sent = new ArrayList<>();

    @Autowired
    private Refresher refresher;

    @Autowired
    private DayStates states;

    @Autowired
    private Cleanup cleanup;

    @Autowired
    private KnownResponses known;

    @Autowired
    private ClickHouse clickHouse;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
        registry.add("fikr.preagg.quiet-for", () -> "0s");
        registry.add("fikr.preagg.refresh-every", () -> "1h");
        registry.add("fikr.preagg.keep-superseded-for", () -> "0s");
        registry.add("fikr.preagg.abandon-after", () -> "5s");
        registry.add("fikr.preagg.clean-every", () -> "1h");
    }

    @BeforeEach
    void load() throws Exception {
        if (rawService == null) {
            // the same service reading the same database, pre-aggregation off, consuming nothing
            rawService = new SpringApplicationBuilder(AnalyticsServiceApplication.class).run(
                    "--server.port=0", "--server.address=127.0.0.1", "--fikr.preagg.enabled=false",
                    "--spring.kafka.listener.auto-startup=false", "--spring.kafka.admin.auto-create=false",
                    "--spring.kafka.bootstrap-servers=" + System.getProperty("spring.embedded.kafka.brokers"),
                    "--fikr.clickhouse.url=" + ClickHouseTestServer.shared().url(),
                    "--fikr.clickhouse.database=" + DATABASE, "--fikr.ingest.partitions=1",
                    "--fikr.api.user=dashboard", "--fikr.api.password=" + API_PASSWORD);
        }
        if (loaded) {
            return;
        }
        Random random = new Random(8);
        List<ResponseSubmitted> batch = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int i = 0; i < 12; i++) {
                Instant at = FIRST_DAY.plus(Duration.ofDays(day)).plusSeconds(i * 600L);
                batch.add(demo(UUID.randomUUID(), at, random));
                batch.add(quality(UUID.randomUUID(), at, random));
            }
            batch.add(demo(UUID.randomUUID(), FIRST_DAY.plus(Duration.ofDays(day)).minus(Duration.ofMinutes(450)),
                    random));
        }
        publish(batch);
        assertSameAsRaw();
        refreshAll();
        loaded = true;
    }

    @AfterAll
    static void stopRawService() {
        if (rawService != null) {
            rawService.close();
        }
    }

    @Test
    void aggregatedDaysGiveTheRawFiguresUnderEveryFilter() {
        refreshAll();
        Set<LocalDate> days = sent.stream().map(event -> LocalDate.ofInstant(event.receivedAt(), TASHKENT))
                .collect(Collectors.toSet());
        assertThat(cleanDays("demo")).containsAll(days);
        assertThat(Long.parseLong(ClickHouseTestServer.shared().query(
                "SELECT count() FROM " + DATABASE + ".answer_day_counts").trim())).isPositive();

        assertSameAsRaw();
    }

    @Test
    void aResponseDeliveredTwiceInOneBatchCountsOnce() throws Exception {
        long before = responses();
        ResponseSubmitted response = demo(UUID.randomUUID(), FIRST_DAY.plus(Duration.ofDays(1)), new Random(11));

        // a redelivery: the same event twice; copies of one batch share their ingestion time, so the raw query
        // itself could not tell which of two different copies is the latest
        publish(List.of(response, response));

        assertThat(responses()).isEqualTo(before + 1);
        assertSameAsRaw();
        refreshAll();
        assertThat(responses()).isEqualTo(before + 1);
        assertSameAsRaw();
    }

    @Test
    void aCopyInALaterBatchOfAnAggregatedDayCountsOnceWithItsLatestAnswers() throws Exception {
        ResponseSubmitted original = sent.stream().filter(event -> event.surveyId().equals("demo")).findFirst()
                .orElseThrow();
        long before = responses();

        publish(List.of(withSatisfaction(original, 1 + (int) (satisfaction(original) % 5))));

        assertThat(responses()).isEqualTo(before);
        assertSameAsRaw();
        refreshAll();
        assertSameAsRaw();
    }

    @Test
    void aResponseResubmittedInTheNextMonthOnAnotherBranchCountsOnce() throws Exception {
        ResponseSubmitted original = sent.stream().filter(event -> event.surveyId().equals("demo")).skip(3)
                .findFirst().orElseThrow();
        long before = responses();
        ResponseSubmitted later = new ResponseSubmitted(original.schemaVersion(), original.responseId(), "demo",
                original.surveyVersion(), original.receivedAt().plus(Duration.ofDays(34)), Channel.PAPER,
                original.branch().equals("central") ? "chilonzor" : "central", original.respondent(),
                withSatisfaction(original, 5).answers(), "librarian", null);

        // in another month, so that it sits in another partition: within one, ClickHouse's background merge may fold
        // the copies into the latest one (raw and aggregates then agree on one copy, as the other tests show)
        publish(List.of(later));

        assertThat(responses()).isEqualTo(before);
        assertSameAsRaw();
        refreshAll();
        assertThat(ClickHouseTestServer.shared().query("SELECT toString(response_id) FROM " + DATABASE
                + ".preagg_splits").trim()).contains(original.responseId().toString());
        assertThat(responses()).isEqualTo(before);
        assertSameAsRaw();
    }

    @Test
    void newAnswersToAnAggregatedDayCountAtOnce() throws Exception {
        long before = responses();
        Random random = new Random(12);

        publish(List.of(demo(UUID.randomUUID(), FIRST_DAY.plusSeconds(300), random),
                quality(UUID.randomUUID(), FIRST_DAY.plusSeconds(300), random)));

        assertThat(responses()).isEqualTo(before + 1);
        assertSameAsRaw();
        refreshAll();
        assertThat(responses()).isEqualTo(before + 1);
        assertSameAsRaw();
    }

    @Test
    void aCopyOfAResponseAnotherInstanceStoredCountsOnceAfterThePartitionsAreAssignedAgain() throws Exception {
        UUID id = UUID.randomUUID();
        Instant first = FIRST_DAY.plus(Duration.ofDays(2));
        // stored by another instance that owned the partition before: rows and marks, unknown to this instance
        String at = "toDateTime(" + first.getEpochSecond() + ")";
        ClickHouseTestServer.shared().query("INSERT INTO " + DATABASE + ".responses (response_id, survey_id,"
                + " survey_version, received_at, channel, branch, reader_group, age_band, answer_count, ingested_at)"
                + " SELECT toUUID('" + id + "'), 'demo', 1, " + at + ", 'kiosk', 'central', 'student', '18_24', 1,"
                + " now() - 60");
        ClickHouseTestServer.shared().query("INSERT INTO " + DATABASE + ".answers (response_id, survey_id,"
                + " survey_version, question_id, received_at, channel, branch, reader_group, age_band, kind, number,"
                + " ingested_at) SELECT toUUID('" + id + "'), 'demo', 1, 'satisfaction', " + at + ", 'kiosk',"
                + " 'central', 'student', '18_24', 'number', 2, now() - 60");
        String day = LocalDate.ofInstant(first, TASHKENT).toString();
        String batch = UUID.randomUUID().toString();
        ClickHouseTestServer.shared().query("INSERT INTO " + DATABASE + ".preagg_marks (survey_id, day, batch, stage,"
                + " at) VALUES ('demo', '" + day + "', '" + batch + "', 'started', now()), ('demo', '" + day + "', '"
                + batch + "', 'stored', now())");
        ResponseSubmitted stored = demo(id, first, new Random(14));
        sent.add(stored); // its day is refreshed like the others'
        refreshAll();
        long before = responses();

        known.forget(); // what the assignment of the responses topic's partitions does
        // in the next month, so that no background merge folds the two copies (publish counts rows)
        publish(List.of(new ResponseSubmitted(stored.schemaVersion(), id, "demo", 1, first.plus(Duration.ofDays(34)),
                Channel.KIOSK, "central", new Respondent("student", "18_24", Map.of()),
                withSatisfaction(stored, 5).answers(), null, null)));

        assertThat(responses()).isEqualTo(before);
        assertSameAsRaw();
    }

    @Test
    void aFilterOfKnownIdsThatABatchFillsUpStillKnowsThatBatchsIds() {
        KnownResponses small = new KnownResponses(clickHouse, 10);
        // more ids than twice the stored responses: the filter the first check loads is full after them
        List<UUID> batch = Stream.generate(UUID::randomUUID).limit(2 * count("responses") + 100).toList();

        small.add(batch);

        assertThat(batch).allMatch(small::mayBeStored);
    }

    @Test
    void replacedGenerationsAndSettledMarksAreDeletedAndTheFiguresStayTheSame() throws Exception {
        publish(List.of(demo(UUID.randomUUID(), FIRST_DAY.plusSeconds(900), new Random(13))));
        Thread.sleep(5_500); // refreshed later than the abandon time (5 s here) after its marks, they decide nothing
        refreshAll();
        assertThat(superseded()).isPositive();
        long marks = count("preagg_marks");
        Thread.sleep(1_100); // the grace period for replaced generations (0 s here) passes

        cleanup.clean();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(superseded()).isZero();
            // this batch's marks at least; a batch whose day was last refreshed within 5 s of it keeps its marks
            assertThat(count("preagg_marks")).isLessThan(marks);
            assertThat(count("preagg_days")).isEqualTo(count("(SELECT DISTINCT survey_id, day FROM " + DATABASE
                    + ".preagg_days)"));
        });
        assertSameAsRaw();
    }

    /** Count rows of generations that are not the latest of their day. */
    private static long superseded() {
        return count("(SELECT 1 FROM " + DATABASE + ".answer_day_counts ANY INNER JOIN (SELECT survey_id, day,"
                + " max(generation) AS latest FROM " + DATABASE + ".preagg_days GROUP BY survey_id, day)"
                + " USING (survey_id, day) WHERE generation < latest)");
    }

    private static long count(String table) {
        String from = table.startsWith("(") ? table : DATABASE + "." + table;
        return Long.parseLong(ClickHouseTestServer.shared().query("SELECT count() FROM " + from).trim());
    }

    /**
     * Compares every path unfiltered and under one of the filters (a different one for each path), and the stats
     * and gaps under every filter.
     */
    private void assertSameAsRaw() {
        int rawPort = ((WebServerApplicationContext) rawService).getWebServer().getPort();
        for (int p = 0; p < PATHS.size(); p++) {
            String path = PATHS.get(p);
            List<String> filters = path.equals("demo/stats") || path.equals("service-quality/gaps") ? FILTERS
                    : List.of("", FILTERS.get(1 + p % (FILTERS.size() - 1)));
            for (String filter : filters) {
                String uri = "/api/v1/surveys/" + path + (filter.isEmpty() ? "" : (path.contains("?") ? "&" : "?")
                        + filter);
                JsonNode raw = AnalyticsIntegrationTest.api(rawPort).get().uri(uri).retrieve().body(JsonNode.class);
                assertThat(getJson(uri)).as(uri).isEqualTo(raw);
            }
        }
    }

    /** Refreshes until every day with data is clean (a day is refreshed once its last batch is a second old). */
    private void refreshAll() {
        Set<LocalDate> days = sent.stream().map(event -> LocalDate.ofInstant(event.receivedAt(), TASHKENT))
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            refresher.refreshPending();
            return cleanDays("demo").containsAll(days) && cleanDays("service-quality").containsAll(
                    sent.stream().filter(event -> event.surveyId().equals("service-quality"))
                            .map(event -> LocalDate.ofInstant(event.receivedAt(), TASHKENT)).toList());
        });
    }

    private Set<LocalDate> cleanDays(String surveyId) {
        return states.of(surveyId).days().entrySet().stream().filter(entry -> entry.getValue().clean())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private long responses() {
        return getJson("/api/v1/surveys/demo/stats").get("responses").asLong();
    }

    /**
     * Publishes the events and waits until analytics-service has stored them: its consumer group has committed past
     * them (offsets are committed after the inserts). Counting rows would not do: a background merge may fold copies.
     */
    private void publish(List<ResponseSubmitted> events) throws Exception {
        for (ResponseSubmitted event : events) {
            kafka.send(ResponseSubmitted.TOPIC, event.responseId().toString(), EventJson.write(event));
        }
        kafka.flush();
        sent.addAll(events);
        TopicPartition partition = new TopicPartition(ResponseSubmitted.TOPIC, 0);
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("fikr-analytics")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() >= end;
            });
        }
    }

    private static ResponseSubmitted demo(UUID id, Instant at, Random random) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("satisfaction", new AnswerValue.Number(1 + random.nextInt(5)));
        if (random.nextInt(4) > 0) {
            answers.put("recommend", new AnswerValue.Number(random.nextInt(11)));
        }
        answers.put("visited_service", new AnswerValue.Text("reading_room"));
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "demo", 1, at,
                CHANNELS.get(random.nextInt(CHANNELS.size())), BRANCHES.get(random.nextInt(BRANCHES.size())),
                new Respondent(GROUPS.get(random.nextInt(GROUPS.size())), AGES.get(random.nextInt(AGES.size())),
                        Map.of()), answers, null, null);
    }

    private static ResponseSubmitted quality(UUID id, Instant at, Random random) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("q_affect_1", new AnswerValue.Quality(2 + random.nextInt(4), 5 + random.nextInt(5),
                1 + random.nextInt(9)));
        answers.put("q_place_2", random.nextInt(5) == 0 ? AnswerValue.NotApplicable.INSTANCE
                : new AnswerValue.Quality(1 + random.nextInt(5), 4 + random.nextInt(6), 1 + random.nextInt(9)));
        answers.put("overall", new AnswerValue.Number(1 + random.nextInt(5)));
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "service-quality", 1, at,
                CHANNELS.get(random.nextInt(CHANNELS.size())), BRANCHES.get(random.nextInt(BRANCHES.size())),
                new Respondent(GROUPS.get(random.nextInt(GROUPS.size())), AGES.get(random.nextInt(AGES.size())),
                        Map.of()), answers, null, null);
    }

    private static ResponseSubmitted withSatisfaction(ResponseSubmitted response, int satisfaction) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>(response.answers());
        answers.put("satisfaction", new AnswerValue.Number(satisfaction));
        return new ResponseSubmitted(response.schemaVersion(), response.responseId(), response.surveyId(),
                response.surveyVersion(), response.receivedAt(), response.channel(), response.branch(),
                response.respondent(), answers, response.enteredBy(), response.contact());
    }

    private static long satisfaction(ResponseSubmitted response) {
        return Math.round(((AnswerValue.Number) response.answers().get("satisfaction")).value());
    }
}
