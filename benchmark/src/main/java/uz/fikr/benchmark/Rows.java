package uz.fikr.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * JSONEachRow rows for {@code fikr.responses} and {@code fikr.answers}, field for field as analytics-service's
 * {@code uz.fikr.analytics.ingest.Rows} writes them (that class is internal to the service, so this mirrors it).
 */
final class Rows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Questions by survey id and question id, read once (the built-in surveys parse their JSON on each call). */
    private static final Map<String, Map<String, Question>> QUESTIONS = BuiltInSurveys.all().stream().collect(
            Collectors.toMap(SurveyDefinition::id, survey -> survey.questions().stream()
                    .collect(Collectors.toMap(Question::id, Function.identity()))));

    private Rows() {}

    static void responses(List<ResponseSubmitted> events, Instant ingestedAt, OutputStream out) throws IOException {
        for (ResponseSubmitted event : events) {
            Map<String, Object> row = common(event);
            row.put("received_ms", event.receivedAt().getNano() / 1_000_000);
            row.put("answer_count", event.answers().size());
            row.put("ingested_at", ingestedAt.getEpochSecond());
            write(out, row);
        }
    }

    /** One row per answer; returns how many. */
    static long answers(List<ResponseSubmitted> events, Instant ingestedAt, OutputStream out) throws IOException {
        long rows = 0;
        for (ResponseSubmitted event : events) {
            for (Map.Entry<String, AnswerValue> answer : event.answers().entrySet()) {
                Optional<Question> question = question(event.surveyId(), answer.getKey());
                Map<String, Object> row = common(event);
                row.put("question_id", answer.getKey());
                row.put("service_area", question.map(Question::serviceArea).orElse(""));
                row.put("dimension", question.map(Question::dimension).orElse(""));
                putAnswer(row, answer.getValue());
                row.put("ingested_at", ingestedAt.getEpochSecond());
                write(out, row);
                rows++;
            }
        }
        return rows;
    }

    private static Optional<Question> question(String surveyId, String questionId) {
        return Optional.ofNullable(QUESTIONS.getOrDefault(surveyId, Map.of()).get(questionId));
    }

    private static Map<String, Object> common(ResponseSubmitted event) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("response_id", event.responseId().toString());
        row.put("survey_id", event.surveyId());
        row.put("survey_version", event.surveyVersion());
        row.put("received_at", event.receivedAt().getEpochSecond());
        row.put("channel", event.channel().code());
        row.put("branch", event.branch());
        row.put("reader_group", orEmpty(event.respondent().readerGroup()));
        row.put("age_band", orEmpty(event.respondent().ageBand()));
        return row;
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

    private static void write(OutputStream out, Map<String, Object> row) throws IOException {
        out.write(JSON.writeValueAsBytes(row));
        out.write('\n');
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
