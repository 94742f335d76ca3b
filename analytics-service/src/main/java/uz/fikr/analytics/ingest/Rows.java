package uz.fikr.analytics.ingest;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.Question;

/**
 * Turns events into JSONEachRow text for the ClickHouse tables of {@code V1__responses_and_feedback.sql}. Times
 * travel as Unix seconds (plus a millisecond column), so no server time zone can shift them. Public so that the
 * benchmark writes exactly the rows the service writes.
 */
public final class Rows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Rows() {}

    /** The question an answer belongs to, by survey id, survey version and question id. */
    @FunctionalInterface
    public interface QuestionLookup {
        Optional<Question> find(String surveyId, int surveyVersion, String questionId);
    }

    public static byte[] responses(List<ResponseSubmitted> events, Instant ingestedAt) {
        return jsonEachRow(events, (event, row) -> {
            putCommon(row, event);
            row.put("received_ms", event.receivedAt().getNano() / 1_000_000);
            row.put("answer_count", event.answers().size());
            row.put("entered_by", event.enteredBy() == null ? "" : event.enteredBy());
            row.put("ingested_at", ingestedAt.getEpochSecond());
        });
    }

    /**
     * One row per answer, tagged with its question's service area and dimension.
     *
     * @param questions finds the question an answer belongs to in the version the response answered (the decoder
     *     has made sure it exists)
     */
    public static byte[] answers(List<ResponseSubmitted> events, Instant ingestedAt, QuestionLookup questions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ResponseSubmitted event : events) {
            event.answers().forEach((questionId, answer) -> {
                Optional<Question> question = questions.find(event.surveyId(), event.surveyVersion(), questionId);
                Map<String, Object> row = new LinkedHashMap<>();
                putCommon(row, event);
                row.put("question_id", questionId);
                row.put("service_area", question.map(Question::serviceArea).map(Rows::orEmpty).orElse(""));
                row.put("dimension", question.map(Question::dimension).map(Rows::orEmpty).orElse(""));
                putAnswer(row, answer);
                row.put("ingested_at", ingestedAt.getEpochSecond());
                writeRow(out, row);
            });
        }
        return out.toByteArray();
    }

    public static byte[] feedback(List<FeedbackSubmitted> events, Instant ingestedAt) {
        return jsonEachRow(events, (event, row) -> {
            row.put("feedback_id", event.feedbackId().toString());
            row.put("received_at", event.receivedAt().getEpochSecond());
            row.put("received_ms", event.receivedAt().getNano() / 1_000_000);
            row.put("channel", event.channel().code());
            row.put("branch", event.branch());
            row.put("category", event.category().code());
            row.put("service_area", event.serviceArea() == null ? "" : event.serviceArea());
            row.put("language", event.language());
            row.put("text", event.text());
            row.put("ingested_at", ingestedAt.getEpochSecond());
        });
    }

    private static void putCommon(Map<String, Object> row, ResponseSubmitted event) {
        row.put("response_id", event.responseId().toString());
        row.put("survey_id", event.surveyId());
        row.put("survey_version", event.surveyVersion());
        row.put("received_at", event.receivedAt().getEpochSecond());
        row.put("channel", event.channel().code());
        row.put("branch", event.branch());
        row.put("reader_group", orEmpty(event.respondent().readerGroup()));
        row.put("age_band", orEmpty(event.respondent().ageBand()));
    }

    private static void putAnswer(Map<String, Object> row, AnswerValue answer) {
        switch (answer) {
            case AnswerValue.Number(double value) -> {
                row.put("kind", "number");
                row.put("number", value);
            }
            case AnswerValue.Text(String text) -> {
                row.put("kind", "text");
                row.put("text", text);
            }
            case AnswerValue.Choices(List<String> choices) -> {
                row.put("kind", "choices");
                row.put("choices", choices);
            }
            case AnswerValue.Quality(int minimum, int desired, int perceived) -> {
                row.put("kind", "quality");
                row.put("minimum", minimum);
                row.put("desired", desired);
                row.put("perceived", perceived);
            }
            case AnswerValue.NotApplicable ignored -> row.put("kind", "na");
        }
    }

    private static <T> byte[] jsonEachRow(List<T> events, BiConsumer<T, Map<String, Object>> fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (T event : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            fill.accept(event, row);
            writeRow(out, row);
        }
        return out.toByteArray();
    }

    private static void writeRow(ByteArrayOutputStream out, Map<String, Object> row) {
        out.writeBytes(JSON.writeValueAsBytes(row));
        out.write('\n');
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
