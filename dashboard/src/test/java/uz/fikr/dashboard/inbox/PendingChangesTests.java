package uz.fikr.dashboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PendingChangesTests {

    private static final String CHANGE_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private final PendingChanges pending = new PendingChanges();
    private final InboxItem listed = item("NEW");
    private final InboxItem saved = item("IN_PROGRESS");

    @Test
    void shows_the_saved_state_until_analytics_lists_the_change() {
        pending.add(saved, CHANGE_ID);

        assertThat(pending.apply(listed).status()).isEqualTo("IN_PROGRESS");
        assertThat(pending.confirmedBy(new InboxItemDetail(listed, List.of()))).isFalse();
        assertThat(pending.confirmedBy(new InboxItemDetail(saved, List.of(change(CHANGE_ID.toUpperCase())))))
                .isTrue();
        assertThat(pending.isEmpty()).isTrue();
        assertThat(pending.apply(listed).status()).isEqualTo("NEW");
    }

    @Test
    void stops_waiting_after_fifteen_re_reads() {
        pending.add(saved, CHANGE_ID);

        for (int read = 1; read < PendingChanges.MAX_CHECKS; read++) {
            assertThat(pending.gaveUp(listed.itemId())).as("re-read %d", read).isFalse();
        }

        assertThat(pending.gaveUp(listed.itemId())).isTrue();
        assertThat(pending.isPending(listed.itemId())).isFalse();
    }

    private static InboxItem item(String status) {
        return new InboxItem(InboxJson.FEEDBACK_ID, "feedback", Instant.parse("2026-11-20T08:15:00Z"), null, null,
                null, "web", "central", null, "space", "complaint", "uz-Latn", "Juda shovqinli", status, "", "",
                null, null, null);
    }

    private static InboxChange change(String id) {
        return new InboxChange(id, "IN_PROGRESS", "dilnoza", "", null, "dilnoza",
                Instant.parse("2026-11-22T09:30:00Z"));
    }
}
