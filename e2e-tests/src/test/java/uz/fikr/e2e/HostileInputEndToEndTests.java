package uz.fikr.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.fikr.e2e.hostile.Bodies;
import uz.fikr.e2e.hostile.CaseChecks;
import uz.fikr.e2e.hostile.Corpus;
import uz.fikr.e2e.hostile.CorpusReport;
import uz.fikr.e2e.hostile.FikrStack;
import uz.fikr.e2e.hostile.HostileCase;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.e2e.hostile.HostileCase.Stored;
import uz.fikr.e2e.hostile.HostileSurveys;
import uz.fikr.e2e.hostile.StoredState;
import uz.fikr.e2e.hostile.SubmissionBurst;
import uz.fikr.testsupport.Reply;

/**
 * Hundreds of hostile requests against every public door of the running stack (survey-service and
 * analytics-service as production runs them, on a real Kafka broker and a real ClickHouse server): each gets a
 * clear 4xx and never a 5xx or a stack trace; afterwards both services still serve, and the only records published
 * and stored are those of the requests that are valid by design. A burst from one address is refused with 429.
 * The dashboard and the reports are not built yet and have no cases here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputEndToEndTests {

    private static final Logger log = LoggerFactory.getLogger(HostileInputEndToEndTests.class);
    /** High enough that the corpus never meets the limit, low enough for a burst to reach it in a second. */
    private static final int SUBMISSIONS_PER_MINUTE = 300;
    private static final int DEMO_ANSWER_ROWS = 4;

    private static final CorpusReport report = new CorpusReport();
    private static FikrStack stack;
    private static HostileSurveys surveys;
    private static StoredState before;
    private static Set<String> idsBefore;

    @BeforeAll
    static void startTheStack() {
        stack = FikrStack.start(SUBMISSIONS_PER_MINUTE);
        surveys = HostileSurveys.create(stack);
        before = StoredState.of(stack);
        idsBefore = StoredState.answerRowsPerId(stack).keySet();
    }

    @AfterAll
    static void stopTheStack() {
        log.info("Hostile-input corpus against survey-service and analytics-service:{}", report.table());
        if (stack != null) {
            stack.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> every_hostile_request_gets_a_clear_4xx_and_nothing_of_the_server_s_insides() {
        List<HostileCase> corpus = Corpus.all(stack, surveys);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.stream().filter(Corpus::isSubmission).count()).as("submissions in the corpus")
                .isLessThan(SUBMISSIONS_PER_MINUTE);
        return corpus.stream().map(hostile -> dynamicTest(hostile.toString(), () -> {
            Reply reply;
            try {
                reply = stack.send(hostile);
            } catch (RuntimeException noAnswer) {
                report.add(hostile, null, false);
                throw noAnswer;
            }
            try {
                CaseChecks.verify(hostile, reply);
                report.add(hostile, reply, true);
            } catch (AssertionError refusedWrongly) {
                report.add(hostile, reply, false);
                throw refusedWrongly;
            }
        }));
    }

    @Test
    @Order(2)
    void afterwards_both_services_serve_and_only_the_valid_submissions_were_published_and_stored() {
        for (Service service : Service.values()) {
            assertThat(stack.send(service, "GET", "/actuator/health/readiness", new byte[0]).status())
                    .as(service + " readiness").isEqualTo(200);
        }
        UUID last = UUID.randomUUID();
        Reply valid = stack.send(Service.SURVEY, "POST", "/api/v1/responses", Bodies.bytes(Bodies.demoResponse(last)));
        assertThat(valid.status()).as(valid.text()).isEqualTo(202);
        List<Stored> expected = new ArrayList<>(report.acknowledged());
        expected.add(new Stored(Stored.Kind.RESPONSE, last, DEMO_ANSWER_ROWS, "Rahmat"));
        StoredState growth = StoredState.growthOf(expected);

        await().atMost(Duration.ofSeconds(60)).until(() -> StoredState.of(stack).minus(before).covers(growth));
        StoredState settled = StoredState.settled(stack);

        String wrongly = "acknowledged although not valid by design: " + report.acknowledgedWrongly();
        Map<String, Long> rowsPerNewId = new HashMap<>(StoredState.answerRowsPerId(stack));
        rowsPerNewId.keySet().removeAll(idsBefore);
        assertThat(rowsPerNewId).as("answer rows per new response (feedback: 0); " + wrongly).isEqualTo(expected
                .stream().collect(Collectors.toMap(stored -> stored.id().toString(), stored -> (long) stored.answerRows())));
        assertThat(settled.minus(before)).as("rows stored and records published; " + wrongly).isEqualTo(growth);
        Map<String, String> texts = StoredState.texts(stack, "comment");
        expected.stream().filter(stored -> stored.text() != null).forEach(stored ->
                assertThat(texts.get(stored.id().toString())).as("the text stored for " + stored.id())
                        .isEqualTo(stored.text()));
    }

    @Test
    @Order(3)
    void a_burst_of_submissions_from_one_address_gets_429_with_retry_after_and_nothing_refused_is_published() {
        StoredState start = StoredState.of(stack);

        SubmissionBurst burst = SubmissionBurst.from(stack, 5 * SUBMISSIONS_PER_MINUTE);
        log.info("Rate limit: the first 429 after {} submissions from one address; then {} valid responses "
                + "acknowledged and {} refused", burst.sent(), burst.acknowledged().size(), burst.limited().size());

        Reply refusal = burst.firstRefusal();
        assertThat(refusal).as("no 429 after %d submissions", burst.sent()).isNotNull();
        assertThat(refusal.contentType()).startsWith("application/problem+json");
        assertThat(refusal.text()).contains("\"errors\"").doesNotContain("Exception");
        assertThat(Integer.parseInt(refusal.header("Retry-After").orElse("0"))).isPositive();
        assertThat(burst.limited()).isNotEmpty();
        Reply form = burst.form();
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.contentType()).startsWith("text/html");
        assertThat(form.header("Retry-After")).isPresent();
        List<Stored> acknowledged = burst.acknowledged().stream()
                .map(id -> new Stored(Stored.Kind.RESPONSE, id, DEMO_ANSWER_ROWS, null)).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> StoredState.of(stack).minus(start)
                .covers(StoredState.growthOf(acknowledged)));
        assertThat(StoredState.settled(stack).minus(start)).isEqualTo(StoredState.growthOf(acknowledged));
        assertThat(StoredState.rowsById(stack, "responses").keySet())
                .doesNotContainAnyElementsOf(burst.limited().stream().map(UUID::toString).toList());
    }
}
