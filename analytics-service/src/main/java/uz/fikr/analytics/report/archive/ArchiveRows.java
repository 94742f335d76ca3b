package uz.fikr.analytics.report.archive;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.report.GeneratedReport;
import uz.fikr.analytics.report.ReportRequest;

/** A report as its {@code reports} row (JSONEachRow, files in base64), and a row read back as metadata. */
final class ArchiveRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveRows() {}

    static byte[] row(UUID id, GeneratedReport report) {
        ReportRequest request = report.request();
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (report.pdf().length + report.xlsx().length + report.csv().length) * 4 / 3 + 4096);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("id", id.toString());
            json.writeStringProperty("definition_id", orEmpty(request.definitionId()));
            json.writeName("survey_ids");
            json.writeStartArray();
            for (String surveyId : request.surveyIds()) {
                json.writeString(surveyId);
            }
            json.writeEndArray();
            json.writeStringProperty("period_kind", request.period().kind().parameter());
            json.writeStringProperty("period_from", request.period().from().toString());
            json.writeStringProperty("period_to", request.period().to().toString());
            json.writeStringProperty("language", request.language().code());
            json.writeStringProperty("branch", orEmpty(request.branch()));
            json.writeStringProperty("requested_by", request.requestedBy());
            json.writeNumberProperty("generated_at", report.generatedAt().getEpochSecond());
            json.writeNumberProperty("generated_ms", report.generatedAt().getNano() / 1_000_000);
            json.writeStringProperty("title", report.title());
            json.writeStringProperty("file_name", report.fileName());
            for (ReportFormat format : ReportFormat.values()) {
                byte[] bytes = format.bytesOf(report);
                json.writeStringProperty(format.code(), Base64.getEncoder().encodeToString(bytes));
                json.writeNumberProperty(format.code() + "_size", bytes.length);
                json.writeStringProperty(format.code() + "_sha256", sha256(bytes));
            }
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    static ArchivedReport metadata(JsonNode row) {
        Map<String, ArchivedReport.FileFacts> files = new LinkedHashMap<>();
        for (ReportFormat format : ReportFormat.values()) {
            files.put(format.code(), new ArchivedReport.FileFacts(row.get(format.code() + "_size").asLong(),
                    row.get(format.code() + "_sha256").asString()));
        }
        List<String> surveyIds = new ArrayList<>();
        row.get("survey_ids").forEach(surveyId -> surveyIds.add(surveyId.asString()));
        return new ArchivedReport(UUID.fromString(row.get("report_id").asString()), orNull(row.get("definition_id")),
                row.get("title").asString(), List.copyOf(surveyIds),
                new ArchivedReport.PeriodView(row.get("period_kind").asString(), row.get("from_day").asString(),
                        row.get("to_day").asString()),
                row.get("language").asString(), orNull(row.get("branch")), row.get("requested_by").asString(),
                Instant.ofEpochSecond(row.get("generated_epoch").asLong(), row.get("generated_ms").asLong() * 1_000_000),
                row.get("file_name").asString(), Map.copyOf(files));
    }

    static byte[] content(JsonNode row) {
        return Base64.getDecoder().decode(row.get("content").asString());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String orNull(JsonNode value) {
        return value.asString().isEmpty() ? null : value.asString();
    }
}
