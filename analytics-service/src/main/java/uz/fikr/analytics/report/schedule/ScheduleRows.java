package uz.fikr.analytics.report.schedule;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.archive.ArchivedReport.PeriodView;

/** Definitions and deliveries as JSONEachRow rows of their tables, and rows read back. */
final class ScheduleRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScheduleRows() {}

    static byte[] definition(ReportDefinition definition, boolean deleted, long version, Instant changedAt) {
        return row(json -> {
            json.writeStringProperty("id", definition.id());
            json.writeStringProperty("name", definition.name());
            strings(json, "survey_ids", definition.surveyIds());
            json.writeStringProperty("period_kind", definition.periodKind().parameter());
            json.writeStringProperty("language", definition.language().code());
            json.writeStringProperty("branch", orEmpty(definition.branch()));
            strings(json, "recipients", definition.recipients());
            json.writeStringProperty("cron", definition.cron());
            json.writeStringProperty("time_zone", definition.timeZone().getId());
            json.writeNumberProperty("enabled", definition.enabled() ? 1 : 0);
            json.writeNumberProperty("deleted", deleted ? 1 : 0);
            json.writeNumberProperty("version", version);
            json.writeNumberProperty("changed_at", changedAt.getEpochSecond());
        });
    }

    static ReportDefinition definition(JsonNode row) {
        return new ReportDefinition(row.get("id").asString(), row.get("name").asString(),
                strings(row.get("survey_ids")), PeriodKind.fromParameter(row.get("period_kind").asString()).orElseThrow(),
                ReportLanguage.fromCode(row.get("language").asString()).orElseThrow(), orNull(row.get("branch")),
                strings(row.get("recipients")), row.get("cron").asString(), ZoneId.of(row.get("time_zone").asString()),
                row.get("enabled").asInt() == 1);
    }

    static byte[] delivery(Delivery delivery) {
        return row(json -> {
            json.writeStringProperty("definition_id", delivery.definitionId());
            json.writeStringProperty("period_kind", delivery.period().kind());
            json.writeStringProperty("period_from", delivery.period().from());
            json.writeStringProperty("period_to", delivery.period().to());
            json.writeNumberProperty("fire_time", delivery.fireTime().getEpochSecond());
            json.writeStringProperty("status", delivery.status());
            json.writeStringProperty("report_id", delivery.reportId() == null ? "" : delivery.reportId().toString());
            strings(json, "recipients", delivery.recipients());
            json.writeStringProperty("message_id", delivery.messageId());
            json.writeStringProperty("error", orEmpty(delivery.error()));
            json.writeNumberProperty("attempted_at", delivery.attemptedAt().getEpochSecond());
            json.writeNumberProperty("attempted_ms", delivery.attemptedAt().getNano() / 1_000_000);
        });
    }

    static Delivery delivery(JsonNode row) {
        String reportId = row.get("report_id").asString();
        return new Delivery(row.get("definition_id").asString(),
                new PeriodView(row.get("period_kind").asString(), row.get("from_day").asString(),
                        row.get("to_day").asString()),
                Instant.ofEpochSecond(row.get("fire_epoch").asLong()), row.get("status").asString(),
                reportId.isEmpty() ? null : UUID.fromString(reportId), strings(row.get("recipients")),
                row.get("message_id").asString(), orNull(row.get("error")),
                Instant.ofEpochSecond(row.get("attempted_epoch").asLong(), row.get("attempted_ms").asLong() * 1_000_000));
    }

    private interface Fields {
        void write(JsonGenerator json);
    }

    private static byte[] row(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeName(name);
        json.writeStartArray();
        values.forEach(json::writeString);
        json.writeEndArray();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return List.copyOf(values);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String orNull(JsonNode value) {
        return value.asString().isEmpty() ? null : value.asString();
    }
}
