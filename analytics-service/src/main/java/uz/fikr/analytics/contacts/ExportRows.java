package uz.fikr.analytics.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.contacts.PrivacyExport.HeldContact;
import uz.fikr.analytics.contacts.PrivacyExport.StoredFeedback;
import uz.fikr.analytics.contacts.PrivacyExport.StoredResponse;

/**
 * Reads the rows of the export queries into the export's records. ClickHouse writes 64-bit numbers as strings and
 * absent values as "" or 0; here they become numbers and nulls, and each answer the JSON value a client sent.
 */
final class ExportRows {

    private ExportRows() {}

    /** A row of {@code contact.sql}. */
    static HeldContact contact(JsonNode row) {
        return new HeldContact(text(row, "source"), orNull(row, "name"), orNull(row, "email"), orNull(row, "phone"),
                row.get("consent").asInt() == 1, Instant.ofEpochSecond(row.get("received_epoch").asLong()));
    }

    /** A row of {@code response.sql} with the rows of {@code answers.sql}. */
    static StoredResponse response(JsonNode row, List<JsonNode> answerRows) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answerRows.forEach(answer -> answers.put(text(answer, "question_id"), answer(answer)));
        return new StoredResponse(text(row, "survey_id"), row.get("survey_version").asInt(),
                epochMillis(row), text(row, "channel"), text(row, "branch"), orNull(row, "reader_group"),
                orNull(row, "age_band"), orNull(row, "entered_by"), answers);
    }

    /** A row of {@code feedback.sql}. */
    static StoredFeedback feedback(JsonNode row) {
        return new StoredFeedback(epochMillis(row), text(row, "channel"), text(row, "branch"),
                text(row, "category"), orNull(row, "service_area"), text(row, "language"), text(row, "text"));
    }

    private static Object answer(JsonNode row) {
        return switch (text(row, "kind")) {
            case "number" -> number(row.get("number").asDouble());
            case "text" -> text(row, "text");
            case "choices" -> {
                List<String> choices = new ArrayList<>();
                row.get("choices").forEach(choice -> choices.add(choice.asString()));
                yield choices;
            }
            case "quality" -> Map.of("minimum", row.get("minimum").asInt(), "desired", row.get("desired").asInt(),
                    "perceived", row.get("perceived").asInt());
            default -> "na";
        };
    }

    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    private static Instant epochMillis(JsonNode row) {
        return Instant.ofEpochMilli(row.get("received_epoch_ms").asLong());
    }

    private static String text(JsonNode row, String column) {
        return row.get(column).asString();
    }

    private static @Nullable String orNull(JsonNode row, String column) {
        String value = text(row, column);
        return value.isEmpty() ? null : value;
    }
}
