package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uz.fikr.survey.survey.SurveysProperties;

/** The signed time a form was opened, for the minimum-time check. */
class StartStampsTests {

    private static final Instant OPENED = Instant.parse("2026-05-01T09:00:00Z");
    private final StartStamps stamps = new StartStamps(new SurveysProperties(false, URI.create("http://localhost"),
            "secret"), Clock.fixed(OPENED, ZoneOffset.UTC));

    @Test
    void a_stamp_tells_when_the_form_for_its_response_was_opened() {
        UUID responseId = UUID.randomUUID();

        assertThat(stamps.openedAt(responseId, stamps.issue(responseId))).contains(OPENED);
    }

    @Test
    void a_stamp_with_an_earlier_time_or_for_another_response_is_not_believed() {
        UUID responseId = UUID.randomUUID();
        String stamp = stamps.issue(responseId);
        String earlier = (OPENED.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));

        assertThat(stamps.openedAt(responseId, earlier)).isEmpty();
        assertThat(stamps.openedAt(UUID.randomUUID(), stamp)).isEmpty();
        assertThat(stamps.openedAt(responseId, "")).isEmpty();
        assertThat(stamps.openedAt(responseId, "soon.abc")).isEmpty();
    }
}
