package uz.fikr.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * Gaps, reliability and key drivers of the service-quality survey from a known data set, against reference values
 * computed independently with SciPy/NumPy (t intervals, numpy.cov for alpha, least squares on standardised data).
 */
class QualityIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_quality");
    private static final Offset<Double> SIX_DIGITS = within(1e-6);
    /** Perceived levels of six readers (rows) on the seven affect-of-service items; minimum 4, desired 8. */
    private static final int[][] AFFECT = {{6, 7, 6, 5, 7, 6, 7}, {3, 4, 3, 4, 2, 3, 4}, {7, 8, 8, 7, 8, 9, 8},
        {8, 7, 7, 8, 6, 7, 7}, {5, 5, 4, 6, 5, 5, 4}, {6, 6, 7, 5, 6, 6, 5}};
    private static final int[][] INFO = {{5, 9, 5}, {6, 8, 4}, {4, 8, 6}, {5, 7, 6}, {3, 7, 4}};
    private static final int[] OVERALL = {4, 2, 5, 4, 3, 3};
    private static final int[] DRIVER_AFFECT = {3, 5, 6, 7, 4, 8, 6, 5, 7, 2, 6, 8};
    private static final int[] DRIVER_PLACE = {4, 4, 7, 6, 5, 7, 5, 6, 8, 3, 4, 7};
    /** SciPy: ttest_ind([6, 3, 7, 8, 5, 6], DRIVER_AFFECT, equal_var=False). */
    private static final double T_CENTRAL_VS_DRIVERS = 0.2814024343;
    private static final double P_CENTRAL_VS_DRIVERS = 0.7836399247;
    private static final int[] DRIVER_OVERALL = {2, 3, 4, 4, 3, 5, 4, 3, 5, 1, 3, 5};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    private static boolean loaded;

    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        for (int r = 0; r < AFFECT.length; r++) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                boolean inconsistent = r == 5 && i == 0;
                answers.put("q_affect_" + (i + 1), inconsistent ? new AnswerValue.Quality(7, 5, AFFECT[r][i])
                        : new AnswerValue.Quality(4, 8, AFFECT[r][i]));
            }
            if (r < INFO.length) {
                answers.put("q_info_1", new AnswerValue.Quality(INFO[r][0], INFO[r][1], INFO[r][2]));
            } else {
                answers.put("q_info_1", AnswerValue.NotApplicable.INSTANCE);
            }
            answers.put("overall", new AnswerValue.Number(OVERALL[r]));
            send("central", answers);
        }
        send("central", Map.of("q_affect_1", AnswerValue.NotApplicable.INSTANCE, "overall",
                new AnswerValue.Number(4)));
        for (int r = 0; r < DRIVER_OVERALL.length; r++) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            answers.put("q_affect_1", new AnswerValue.Quality(3, 8, DRIVER_AFFECT[r]));
            answers.put("q_place_1", new AnswerValue.Quality(3, 8, DRIVER_PLACE[r]));
            answers.put("overall", new AnswerValue.Number(DRIVER_OVERALL[r]));
            if (r < 9) {
                answers.put("wanted_services", new AnswerValue.Choices(r < 3
                        ? List.of("wifi_and_sockets", "audiobooks") : List.of("wifi_and_sockets")));
            }
            send("drivers", answers);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> overallAnswers() == 7 + DRIVER_OVERALL.length);
        loaded = true;
    }

    @Test
    void item_gaps_exclude_and_count_na_and_inconsistent_answers() {
        JsonNode item = find(get("/gaps?branch=central").get("items"), "q_affect_1");

        assertThat(item.get("n").asLong()).isEqualTo(5);
        assertThat(item.get("notApplicable").asLong()).isEqualTo(1);
        assertThat(item.get("inconsistent").asLong()).isEqualTo(1);
        assertThat(item.get("minimum").get("mean").asDouble()).isCloseTo(4, SIX_DIGITS);
        assertThat(item.get("adequacyGap").get("mean").asDouble()).isCloseTo(1.8, SIX_DIGITS);
        assertThat(item.get("adequacyGap").get("interval").get("lower").asDouble())
                .isCloseTo(-0.5883883881, SIX_DIGITS);
        assertThat(item.get("superiorityGap").get("interval").get("upper").asDouble())
                .isCloseTo(0.1883883881, SIX_DIGITS);
        assertThat(item.get("belowMinimum").asBoolean()).isFalse();
        assertThat(find(get("/gaps?branch=central").get("items"), "q_info_1").get("adequacyGap").get("interval")
                .get("upper").asDouble()).isCloseTo(2.2830766883, SIX_DIGITS);
    }

    @Test
    void dimension_gaps_average_each_respondent_first() {
        JsonNode affect = find(get("/gaps?branch=central").get("dimensions"), "affect_of_service");

        assertThat(affect.get("n").asLong()).isEqualTo(6);
        assertThat(affect.get("perceived").get("mean").asDouble()).isCloseTo(5.8769841270, SIX_DIGITS);
        assertThat(affect.get("adequacyGap").get("interval").get("lower").asDouble())
                .isCloseTo(0.1559618667, SIX_DIGITS);
        assertThat(affect.get("adequacyGap").get("interval").get("upper").asDouble())
                .isCloseTo(3.5980063873, SIX_DIGITS);
    }

    @Test
    void items_nobody_rated_have_n_zero_and_small_ones_are_suppressed() {
        JsonNode items = get("/gaps?branch=central").get("items");

        assertThat(find(items, "q_place_7").get("n").asLong()).isZero();
        assertThat(find(items, "q_place_7").has("adequacyGap")).isFalse();
        assertThat(find(get("/gaps?branch=central&readerGroup=student").get("items"), "q_affect_1").get("n")
                .asLong()).isZero();
    }

    @Test
    void cronbach_alpha_rests_on_the_readers_who_rated_every_item() {
        JsonNode dimensions = get("/reliability?branch=central").get("dimensions");

        JsonNode affect = find(dimensions, "affect_of_service");
        assertThat(affect.get("completeCases").asLong()).isEqualTo(6);
        assertThat(affect.get("alpha").asDouble()).isCloseTo(0.9692216882, SIX_DIGITS);
        assertThat(find(dimensions, "information_control").get("completeCases").asLong()).isZero();
        assertThat(find(dimensions, "information_control").has("alpha")).isFalse();
    }

    @Test
    void key_drivers_equal_the_regression_on_standardised_ratings() {
        JsonNode drivers = get("/drivers?target=overall&branch=drivers");

        assertThat(drivers.get("n").asLong()).isEqualTo(12);
        assertThat(drivers.get("rSquared").asDouble()).isCloseTo(0.9569165993, SIX_DIGITS);
        JsonNode first = drivers.get("drivers").get(0);
        assertThat(first.get("questionId").asString()).isEqualTo("q_affect_1");
        assertThat(first.get("correlation").asDouble()).isCloseTo(0.9525193489, SIX_DIGITS);
        assertThat(first.get("standardisedCoefficient").asDouble()).isCloseTo(0.6686734852, SIX_DIGITS);
        assertThat(drivers.get("drivers").get(1).get("standardisedCoefficient").asDouble())
                .isCloseTo(0.3608212351, SIX_DIGITS);
        assertThat(drivers.get("excluded")).extracting(JsonNode::asString).contains("q_info_7");
        assertThat(drivers.get("drivers")).extracting(driver -> driver.get("questionId").asString())
                .as("overall measures are targets, not drivers").doesNotContain("recommend");
    }

    @Test
    void dimension_drivers_average_each_respondents_items_per_dimension_first() {
        JsonNode drivers = get("/drivers?target=overall&level=dimension&branch=drivers");

        assertThat(drivers.get("drivers")).extracting(driver -> driver.get("questionId").asString())
                .containsExactly("affect_of_service", "library_as_place");
        assertThat(drivers.get("rSquared").asDouble()).isCloseTo(0.9569165993, SIX_DIGITS);
        assertThat(drivers.get("drivers").get(0).get("standardisedCoefficient").asDouble())
                .isCloseTo(0.6686734852, SIX_DIGITS);
        assertThat(drivers.get("excluded")).extracting(JsonNode::asString).containsExactly("information_control");
    }

    @Test
    void branches_are_compared_on_the_perceived_level_of_a_three_column_item() {
        JsonNode comparison = get("/compare?question=q_affect_1&by=branch");

        assertThat(comparison.get("groups")).extracting(group -> group.get("group").asString() + " n="
                + group.get("n").asLong()).containsExactly("central n=6", "drivers n=12");
        assertThat(comparison.get("test").get("name").asString()).isEqualTo("welch");
        assertThat(comparison.get("test").get("statistic").asDouble()).isCloseTo(T_CENTRAL_VS_DRIVERS, SIX_DIGITS);
        assertThat(comparison.get("test").get("pValue").asDouble()).isCloseTo(P_CENTRAL_VS_DRIVERS, SIX_DIGITS);
        assertThat(comparison.get("test").get("significant").asBoolean()).isFalse();
    }

    @Test
    void needs_rank_what_each_branch_wants_and_what_it_rates_lowest() {
        JsonNode groups = get("/needs?by=branch").get("groups");

        JsonNode central = groups.get(0);
        assertThat(central.get("group").asString()).isEqualTo("central");
        assertThat(central.get("largestGaps")).extracting(item -> item.get("questionId").asString())
                .containsExactly("q_info_1", "q_affect_5", "q_affect_1", "q_affect_3", "q_affect_4");
        assertThat(central.get("largestGaps").get(0).get("mean").asDouble()).isCloseTo(0.4, SIX_DIGITS);
        assertThat(central.get("lowestRatings").get(0).get("mean").asDouble()).isCloseTo(25.0 / 7, SIX_DIGITS);
        assertThat(central.get("wanted")).isEmpty();
        JsonNode wanted = groups.get(1).get("wanted");
        assertThat(wanted).extracting(option -> option.get("option").asString() + " " + option.get("count")
                .asLong() + "/" + option.get("n").asLong()).containsExactly("wifi_and_sockets 9/9", "audiobooks 3/9");
        assertThat(wanted.get(1).get("interval").get("lower").asDouble()).isCloseTo(0.1205838184, SIX_DIGITS);
    }

    @Test
    void a_target_that_is_not_a_rating_is_refused() {
        int status = AnalyticsIntegrationTest.api(port).get()
                .uri("/api/v1/surveys/service-quality/drivers?target=comment")
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(400);
    }

    private void send(String branch, Map<String, AnswerValue> answers) throws Exception {
        UUID id = UUID.randomUUID();
        ResponseSubmitted event = new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "service-quality", 1,
                Instant.parse("2026-11-20T09:00:00Z"), Channel.WEB, branch, Respondent.ANONYMOUS, answers);
        kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    private long overallAnswers() {
        return Long.parseLong(ClickHouseTestServer.shared().query("SELECT uniqExact(response_id) FROM " + DATABASE
                + ".answers WHERE question_id = 'overall'").trim());
    }

    private JsonNode get(String path) {
        return AnalyticsIntegrationTest.api(port).get().uri("/api/v1/surveys/service-quality" + path)
                .retrieve().body(JsonNode.class);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode element : list) {
            if (element.get("id") != null && element.get("id").asString().equals(id)
                    || element.get("dimension") != null && element.get("dimension").asString().equals(id)
                    && element.get("id") == null) {
                return element;
            }
        }
        throw new AssertionError("No " + id + " in " + list);
    }
}
