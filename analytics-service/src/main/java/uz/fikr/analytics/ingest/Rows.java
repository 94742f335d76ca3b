package uz.fikr.analytics.ingest;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.inbox.ItemId;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.YouSaidWeDid;

/**
 * Turns feedback and inbox changes into JSONEachRow text for the ClickHouse tables of {@code db/clickhouse} (responses
 * and answers, by far the most rows, go as RowBinary: {@link ResponseRows}). Times travel as Unix seconds (plus a
 * millisecond column), so no server time zone can shift them. Rows are streamed field by field with one generator
 * per batch (no map per row).
 */
final class Rows {

    /** One row a line. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("\n").build())
            .build();

    private Rows() {}

    static byte[] feedback(List<FeedbackSubmitted> events, Instant ingestedAt) {
        return jsonEachRow(json -> {
            for (FeedbackSubmitted event : events) {
                json.writeStartObject();
                json.writeStringProperty("feedback_id", event.feedbackId().toString());
                json.writeNumberProperty("received_at", event.receivedAt().getEpochSecond());
                json.writeNumberProperty("received_ms", event.receivedAt().getNano() / 1_000_000);
                json.writeStringProperty("channel", event.channel().code());
                json.writeStringProperty("branch", event.branch());
                json.writeStringProperty("category", event.category().code());
                json.writeStringProperty("service_area", orEmpty(event.serviceArea()));
                json.writeStringProperty("language", event.language());
                json.writeStringProperty("text", event.text());
                json.writeNumberProperty("ingested_at", ingestedAt.getEpochSecond());
                json.writeEndObject();
            }
        });
    }

    /** One row per change; the item id in its canonical form (the decoder has made sure it has one). */
    static byte[] inboxChanges(List<InboxItemChanged> events, Instant ingestedAt) {
        return jsonEachRow(json -> {
            for (InboxItemChanged event : events) {
                YouSaidWeDid entry = event.publicEntry();
                json.writeStartObject();
                json.writeStringProperty("change_id", event.changeId().toString());
                json.writeStringProperty("item_id", ItemId.parse(event.itemId()).map(ItemId::text)
                        .orElse(event.itemId()));
                json.writeStringProperty("status", event.status().name());
                json.writeStringProperty("assignee", event.assignee());
                json.writeStringProperty("note", event.note());
                json.writeNumberProperty("has_public_entry", entry == null ? 0 : 1);
                json.writeStringProperty("you_said", entry == null ? "" : entry.youSaid());
                json.writeStringProperty("we_did", entry == null ? "" : entry.weDid());
                json.writeStringProperty("entry_language", entry == null ? "" : entry.language());
                json.writeNumberProperty("published", entry != null && entry.published() ? 1 : 0);
                json.writeStringProperty("changed_by", event.changedBy());
                json.writeNumberProperty("changed_at", event.changedAt().getEpochSecond());
                json.writeNumberProperty("changed_ms", event.changedAt().getNano() / 1_000_000);
                json.writeNumberProperty("ingested_at", ingestedAt.getEpochSecond());
                json.writeEndObject();
            }
        });
    }

    /** Rows separated by new lines, as JSONEachRow wants them. */
    private static byte[] jsonEachRow(java.util.function.Consumer<JsonGenerator> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            rows.accept(json);
        }
        if (out.size() > 0) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
