package uz.fikr.analytics.ingest;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.inbox.ItemId;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.YouSaidWeDid;
import uz.fikr.events.survey.Question;

/**
 * Turns events into JSONEachRow text for the ClickHouse tables of {@code db/clickhouse}. Times travel as Unix
 * seconds (plus a millisecond column), so no server time zone can shift them. Rows are streamed field by field with
 * one generator per batch (no map per row): ingestion writes tens of thousands of them per poll. Public so that the
 * benchmark writes exactly the rows the service writes.
 */
public final class Rows {

    /** One row a line. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("\n").build())
            .build();

    private Rows() {}

    /** The question an answer belongs to, by survey id, survey version and question id. */
    @FunctionalInterface
    public interface QuestionLookup {
        Optional<Question> find(String surveyId, int surveyVersion, String questionId);
    }

    public static byte[] responses(List<ResponseSubmitted> events, Instant ingestedAt) {
        return jsonEachRow(json -> {
            for (ResponseSubmitted event : events) {
                json.writeStartObject();
                writeCommon(json, event);
                json.writeNumberProperty("received_ms", event.receivedAt().getNano() / 1_000_000);
                json.writeNumberProperty("answer_count", event.answers().size());
                json.writeStringProperty("entered_by", orEmpty(event.enteredBy()));
                json.writeNumberProperty("ingested_at", ingestedAt.getEpochSecond());
                json.writeEndObject();
            }
        });
    }

    /**
     * One row per answer, tagged with its question's service area and dimension.
     *
     * @param questions finds the question an answer belongs to in the version the response answered (the decoder
     *     has made sure it exists)
     */
    public static byte[] answers(List<ResponseSubmitted> events, Instant ingestedAt, QuestionLookup questions) {
        return jsonEachRow(json -> {
            for (ResponseSubmitted event : events) {
                event.answers().forEach((questionId, answer) -> {
                    Optional<Question> question = questions.find(event.surveyId(), event.surveyVersion(), questionId);
                    json.writeStartObject();
                    writeCommon(json, event);
                    json.writeStringProperty("question_id", questionId);
                    json.writeStringProperty("service_area", question.map(Question::serviceArea).orElse(""));
                    json.writeStringProperty("dimension", question.map(Question::dimension).orElse(""));
                    writeAnswer(json, answer);
                    json.writeNumberProperty("ingested_at", ingestedAt.getEpochSecond());
                    json.writeEndObject();
                });
            }
        });
    }

    public static byte[] feedback(List<FeedbackSubmitted> events, Instant ingestedAt) {
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
    public static byte[] inboxChanges(List<InboxItemChanged> events, Instant ingestedAt) {
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

    private static void writeCommon(JsonGenerator json, ResponseSubmitted event) {
        json.writeStringProperty("response_id", event.responseId().toString());
        json.writeStringProperty("survey_id", event.surveyId());
        json.writeNumberProperty("survey_version", event.surveyVersion());
        json.writeNumberProperty("received_at", event.receivedAt().getEpochSecond());
        json.writeStringProperty("channel", event.channel().code());
        json.writeStringProperty("branch", event.branch());
        json.writeStringProperty("reader_group", orEmpty(event.respondent().readerGroup()));
        json.writeStringProperty("age_band", orEmpty(event.respondent().ageBand()));
    }

    private static void writeAnswer(JsonGenerator json, AnswerValue answer) {
        switch (answer) {
            case AnswerValue.Number(double value) -> {
                json.writeStringProperty("kind", "number");
                json.writeNumberProperty("number", value);
            }
            case AnswerValue.Text(String text) -> {
                json.writeStringProperty("kind", "text");
                json.writeStringProperty("text", text);
            }
            case AnswerValue.Choices(List<String> choices) -> {
                json.writeStringProperty("kind", "choices");
                json.writeName("choices");
                json.writeStartArray();
                for (String choice : choices) {
                    json.writeString(choice);
                }
                json.writeEndArray();
            }
            case AnswerValue.Quality(int minimum, int desired, int perceived) -> {
                json.writeStringProperty("kind", "quality");
                json.writeNumberProperty("minimum", minimum);
                json.writeNumberProperty("desired", desired);
                json.writeNumberProperty("perceived", perceived);
            }
            case AnswerValue.NotApplicable ignored -> json.writeStringProperty("kind", "na");
        }
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
