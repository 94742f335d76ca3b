package uz.fikr.analytics.inbox;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;

/**
 * Reads the rows of the inbox queries into API records. ClickHouse writes 64-bit numbers as strings and absent
 * values as "" or 0; here they become numbers and nulls.
 */
final class InboxRows {

    private InboxRows() {}

    /** A row of {@code page.sql}. */
    static InboxItem item(JsonNode row) {
        boolean answer = "answer".equals(text(row, "source"));
        boolean changed = row.get("changed_epoch_ms").asLong() != 0;
        return new InboxItem(text(row, "item_id"), text(row, "source"), epochMillis(row, "received_epoch_ms"),
                orNull(row, "survey_id"), answer ? row.get("survey_version").asInt() : null,
                orNull(row, "question_id"), text(row, "channel"), text(row, "branch"), orNull(row, "reader_group"),
                orNull(row, "service_area"), orNull(row, "category"), orNull(row, "language"), text(row, "text"),
                InboxStatus.valueOf(text(row, "status")), text(row, "assignee"), text(row, "note"), publicEntry(row),
                changed ? text(row, "changed_by") : null, changed ? epochMillis(row, "changed_epoch_ms") : null);
    }

    /** A row of {@code history.sql}. */
    static InboxChange change(JsonNode row) {
        return new InboxChange(UUID.fromString(text(row, "change_id")), InboxStatus.valueOf(text(row, "status")),
                text(row, "assignee"), text(row, "note"), publicEntry(row), text(row, "changed_by"),
                epochMillis(row, "changed_epoch_ms"));
    }

    /** A row of {@code public_entries.sql}. */
    static PublishedEntries.Entry publishedEntry(JsonNode row) {
        return new PublishedEntries.Entry(text(row, "item_id"), text(row, "you_said"), text(row, "we_did"),
                text(row, "entry_language"), epochMillis(row, "changed_epoch_ms"), orNull(row, "service_area"),
                text(row, "branch"));
    }

    private static @Nullable YouSaidWeDid publicEntry(JsonNode row) {
        if (row.get("has_public_entry").asInt() == 0) {
            return null;
        }
        return new YouSaidWeDid(text(row, "you_said"), text(row, "we_did"), text(row, "entry_language"),
                row.get("published").asInt() == 1);
    }

    private static Instant epochMillis(JsonNode row, String column) {
        return Instant.ofEpochMilli(row.get(column).asLong());
    }

    private static String text(JsonNode row, String column) {
        return row.get(column).asString();
    }

    private static @Nullable String orNull(JsonNode row, String column) {
        String value = text(row, column);
        return value.isEmpty() ? null : value;
    }
}
