package uz.fikr.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.fikr.analytics.ingest.ResponseRows;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * RowBinary rows for {@code fikr.responses} and {@code fikr.answers} (columns {@link #RESPONSE_COLUMNS} and
 * {@link #ANSWER_COLUMNS}), written by analytics-service's own code.
 */
final class Rows {

    /** Questions by survey id and question id, read once (the built-in surveys parse their JSON on each call). */
    private static final Map<String, Map<String, Question>> QUESTIONS = BuiltInSurveys.all().stream().collect(
            Collectors.toMap(SurveyDefinition::id, survey -> survey.answerable().stream()
                    .collect(Collectors.toMap(Question::id, Function.identity()))));

    static final List<String> RESPONSE_COLUMNS = ResponseRows.RESPONSE_COLUMNS;
    static final List<String> ANSWER_COLUMNS = ResponseRows.ANSWER_COLUMNS;

    private Rows() {}

    static void responses(List<ResponseSubmitted> events, Instant ingestedAt, OutputStream out) throws IOException {
        ResponseRows.responses(events, ingestedAt).writeTo(out);
    }

    /** One row per answer; returns how many. */
    static long answers(List<ResponseSubmitted> events, Instant ingestedAt, OutputStream out) throws IOException {
        ResponseRows.answers(events, ingestedAt, Rows::question).writeTo(out);
        return events.stream().mapToLong(event -> event.answers().size()).sum();
    }

    private static Optional<Question> question(String surveyId, int version, String questionId) {
        return Optional.ofNullable(QUESTIONS.getOrDefault(surveyId, Map.of()).get(questionId));
    }
}
