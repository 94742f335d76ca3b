package uz.fikr.analytics.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
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

/** Trends per period in Tashkent time, and whether the last change is significant (SciPy reference values). */
class TrendIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_trend");
    private static final int[] OCTOBER = {4, 5, 3, 4, 4, 5, 2, 4, 3, 5};
    private static final int[] NOVEMBER = {3, 2, 3, 4, 2, 3, 3, 1, 2, 3, 4, 2};
    /** 01:00 on 1 November in Tashkent, still 31 October in UTC. */
    private static final Instant FIRST_NOVEMBER_IN_TASHKENT = Instant.parse("2026-10-31T20:00:00Z");

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
        for (int i = 0; i < OCTOBER.length; i++) {
            send(OCTOBER[i], Instant.parse("2026-10-10T08:00:00Z").plusSeconds(i * 3600L));
        }
        for (int i = 0; i < NOVEMBER.length; i++) {
            send(NOVEMBER[i], i == 0 ? FIRST_NOVEMBER_IN_TASHKENT
                    : Instant.parse("2026-11-12T08:00:00Z").plusSeconds(i * 3600L));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/stats").get("questions").get(0).get("n").asLong()
                == OCTOBER.length + NOVEMBER.length);
        loaded = true;
    }

    @Test
    void months_follow_the_library_time_zone_and_the_drop_is_significant() {
        JsonNode trend = get("/trend?question=satisfaction&interval=month");

        assertThat(trend.get("periods")).extracting(period -> period.get("start").asString() + " n="
                + period.get("n").asLong()).containsExactly("2026-10-01 n=10", "2026-11-01 n=12");
        JsonNode change = trend.get("lastChange");
        assertThat(change.get("difference").asDouble()).isCloseTo(2.6666666667 - 3.9, within(1e-6));
        assertThat(change.get("pValue").asDouble()).isCloseTo(0.0069369432, within(1e-9));
        assertThat(change.get("significant").asBoolean()).isTrue();
        assertThat(change.get("statement").asString()).startsWith("Down from 3.90");
    }

    @Test
    void one_quarter_has_no_previous_period_to_compare_with() {
        JsonNode trend = get("/trend?question=satisfaction&interval=quarter");

        assertThat(trend.get("periods")).hasSize(1);
        assertThat(trend.get("periods").get(0).get("start").asString()).isEqualTo("2026-10-01");
        assertThat(trend.has("lastChange")).isFalse();
    }

    @Test
    void weeks_start_on_monday() {
        JsonNode trend = get("/trend?question=satisfaction&interval=week");

        assertThat(trend.get("periods")).extracting(period -> period.get("start").asString())
                .containsExactly("2026-10-05", "2026-10-26", "2026-11-09");
        assertThat(trend.get("periods").get(1).get("suppressed").asBoolean()).isTrue();
    }

    private void send(int satisfaction, Instant receivedAt) throws Exception {
        UUID id = UUID.randomUUID();
        ResponseSubmitted event = new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, "demo", 1, receivedAt,
                Channel.KIOSK, "central", Respondent.ANONYMOUS,
                Map.of("satisfaction", new AnswerValue.Number(satisfaction), "recommend", new AnswerValue.Number(8)));
        kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    private JsonNode get(String path) {
        return AnalyticsIntegrationTest.api(port).get().uri("/api/v1/surveys/demo" + path).retrieve()
                .body(JsonNode.class);
    }
}
