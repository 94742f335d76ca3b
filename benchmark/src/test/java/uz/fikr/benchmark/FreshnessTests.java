package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FreshnessTests {

    private static final String BODY = "{\"responseId\":\"6f1c2a9e-8d0b-4c55-9a57-0d7a3c1e2b44\",\"surveyId\":\"demo\"}";

    @Test
    void a_probe_is_the_same_response_under_an_id_never_posted_before() {
        String probe = new String(Freshness.underNewId(BODY.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        String again = new String(Freshness.underNewId(BODY.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        assertThat(probe).matches("\\{\"responseId\":\"[0-9a-f-]{36}\",\"surveyId\":\"demo\"}")
                .doesNotContain("6f1c2a9e-8d0b-4c55-9a57-0d7a3c1e2b44").isNotEqualTo(again);
    }

    @Test
    void probes_come_about_once_per_interval_whatever_the_rate() {
        assertThat(Freshness.probeEvery(2_000, Duration.ofMillis(150))).isEqualTo(300);
        assertThat(Freshness.probeEvery(100, Duration.ofMillis(150))).isEqualTo(15);
        assertThat(Freshness.probeEvery(3, Duration.ofMillis(150))).isEqualTo(1);
    }
}
