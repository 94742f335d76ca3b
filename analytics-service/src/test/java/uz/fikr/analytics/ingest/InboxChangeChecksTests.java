package uz.fikr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.Fixtures;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;

class InboxChangeChecksTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String FEEDBACK = "feedback:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e";

    @Test
    void changes_to_feedback_and_to_answers_pass() {
        assertThat(InboxChangeChecks.problemWith(change(FEEDBACK, "Kutubxonachi 📚", NOW))).isEmpty();
        assertThat(InboxChangeChecks.problemWith(change(
                "answer:0B7E1C52-3F0A-4C55-9D3E-6F1A2B3C4D5E:wanted.other", "", NOW))).isEmpty();
    }

    @Test
    void an_item_id_of_neither_form_is_refused() {
        assertThat(InboxChangeChecks.problemWith(change("feedback:42", "", NOW))).get().asString()
                .startsWith("malformed itemId feedback:42");
        assertThat(InboxChangeChecks.problemWith(change("answer:" + FEEDBACK.substring(9) + ":' OR 1=1 --", "",
                NOW))).isPresent();
    }

    @Test
    void a_time_clickhouse_cannot_hold_is_refused() {
        assertThat(InboxChangeChecks.problemWith(change(FEEDBACK, "", Instant.parse("1969-12-31T23:59:59Z"))))
                .get().asString().contains("outside 1970 to 2106");
        assertThat(InboxChangeChecks.problemWith(change(FEEDBACK, "", Instant.parse("2106-02-08T00:00:00Z"))))
                .isPresent();
    }

    @Test
    void half_an_emoji_in_any_text_is_refused() {
        assertThat(InboxChangeChecks.problemWith(change(FEEDBACK, "broken \uD83D note", NOW))).get().asString()
                .contains("half a surrogate pair");
        InboxItemChanged entry = Fixtures.inboxChange(FEEDBACK, InboxStatus.RESOLVED, "", "",
                new YouSaidWeDid("Sovuq", "Isitdik \uDE00", "uz-Latn", true), NOW);
        assertThat(InboxChangeChecks.problemWith(entry)).isPresent();
    }

    private static InboxItemChanged change(String itemId, String note, Instant changedAt) {
        return Fixtures.inboxChange(itemId, InboxStatus.IN_PROGRESS, "aziza", note, null, changedAt);
    }
}
