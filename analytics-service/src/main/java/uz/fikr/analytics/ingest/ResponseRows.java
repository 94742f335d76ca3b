package uz.fikr.analytics.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.Question;

/**
 * Turns responses into RowBinary rows for the {@code responses} and {@code answers} tables of {@code db/clickhouse},
 * every column of {@link #RESPONSE_COLUMNS} and {@link #ANSWER_COLUMNS} in that order (an answer's unused value
 * columns hold their defaults, as JSONEachRow left them). Times travel as Unix seconds plus a millisecond column, so
 * no server time zone can shift them. Public so that the benchmark writes exactly the rows the service writes.
 */
public final class ResponseRows {

    public static final List<String> RESPONSE_COLUMNS = List.of("response_id", "survey_id", "survey_version",
            "received_at", "channel", "branch", "reader_group", "age_band", "received_ms", "answer_count",
            "entered_by", "ingested_at");

    public static final List<String> ANSWER_COLUMNS = List.of("response_id", "survey_id", "survey_version",
            "received_at", "channel", "branch", "reader_group", "age_band", "question_id", "service_area",
            "dimension", "kind", "number", "text", "choices", "minimum", "desired", "perceived", "ingested_at");

    /** Bytes a row takes about, to size the buffer once. */
    private static final int RESPONSE_ROW_BYTES = 120;
    private static final int ANSWER_ROW_BYTES = 140;

    private ResponseRows() {}

    /** The question an answer belongs to, by survey id, survey version and question id. */
    @FunctionalInterface
    public interface QuestionLookup {
        Optional<Question> find(String surveyId, int surveyVersion, String questionId);
    }

    public static RowBinary responses(List<ResponseSubmitted> events, Instant ingestedAt) {
        RowBinary rows = new RowBinary(events.size() * RESPONSE_ROW_BYTES);
        for (ResponseSubmitted event : events) {
            writeCommon(rows, event);
            rows.uint16(event.receivedAt().getNano() / 1_000_000)
                    .uint16(event.answers().size())
                    .string(orEmpty(event.enteredBy()))
                    .dateTime(ingestedAt.getEpochSecond());
        }
        return rows;
    }

    /**
     * One row per answer, tagged with its question's service area and dimension.
     *
     * @param questions finds the question an answer belongs to in the version the response answered (the decoder
     *     has made sure it exists)
     */
    public static RowBinary answers(List<ResponseSubmitted> events, Instant ingestedAt, QuestionLookup questions) {
        int answers = events.stream().mapToInt(event -> event.answers().size()).sum();
        RowBinary rows = new RowBinary(answers * ANSWER_ROW_BYTES);
        RowBinary common = new RowBinary(256);
        for (ResponseSubmitted event : events) {
            common.clear();
            writeCommon(common, event);
            event.answers().forEach((questionId, answer) -> {
                Optional<Question> question = questions.find(event.surveyId(), event.surveyVersion(), questionId);
                rows.append(common)
                        .string(questionId)
                        .string(question.map(Question::serviceArea).orElse(""))
                        .string(question.map(Question::dimension).orElse(""));
                writeAnswer(rows, answer);
                rows.dateTime(ingestedAt.getEpochSecond());
            });
        }
        return rows;
    }

    private static void writeCommon(RowBinary rows, ResponseSubmitted event) {
        rows.uuid(event.responseId())
                .string(event.surveyId())
                .uint32(event.surveyVersion())
                .dateTime(event.receivedAt().getEpochSecond())
                .string(event.channel().code())
                .string(event.branch())
                .string(orEmpty(event.respondent().readerGroup()))
                .string(orEmpty(event.respondent().ageBand()));
    }

    /** kind (Enum8 as declared in V1), number, text, choices, minimum, desired, perceived. */
    private static void writeAnswer(RowBinary rows, AnswerValue answer) {
        switch (answer) {
            case AnswerValue.Number(double value) -> rows.uint8(1).float64(value).string("").strings(List.of())
                    .uint8(0).uint8(0).uint8(0);
            case AnswerValue.Text(String text) -> rows.uint8(2).float64(0).string(text).strings(List.of())
                    .uint8(0).uint8(0).uint8(0);
            case AnswerValue.Choices(List<String> choices) -> rows.uint8(3).float64(0).string("").strings(choices)
                    .uint8(0).uint8(0).uint8(0);
            case AnswerValue.Quality(int minimum, int desired, int perceived) -> rows.uint8(4).float64(0).string("")
                    .strings(List.of()).uint8(minimum).uint8(desired).uint8(perceived);
            case AnswerValue.NotApplicable ignored -> rows.uint8(5).float64(0).string("").strings(List.of())
                    .uint8(0).uint8(0).uint8(0);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
