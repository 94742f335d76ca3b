package uz.fikr.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/** JSONEachRow rows for {@code fikr.responses} and {@code fikr.answers}, written by analytics-service's own code. */
final class Rows {

    /** Questions by survey id and question id, read once (the built-in surveys parse their JSON on each call). */
    private static final Map<String, Map<String, Question>> QUESTIONS = BuiltInSurveys.all().stream().collect(
            Collectors.toMap(SurveyDefinition::id, survey -> survey.answerable().stream()
                    .collect(Collectors.toMap(Question::id, Function.identity()))));

    private Rows() {}

    static void responses(List<ResponseSubmitted> events, Instant ingestedAt, OutputStream out) throws IOException {
        out.write(uz.fikr.analytics.ingest.Rows.responses(events, ingestedAt));
    }

    /** One row per answer; returns how many. */
    static long answers(List<ResponseSubmitted> events, Instant ingestedAt, OutputStream out) throws IOException {
        out.write(uz.fikr.analytics.ingest.Rows.answers(events, ingestedAt, Rows::question));
        return events.stream().mapToLong(event -> event.answers().size()).sum();
    }

    private static Optional<Question> question(String surveyId, int version, String questionId) {
        return Optional.ofNullable(QUESTIONS.getOrDefault(surveyId, Map.of()).get(questionId));
    }
}
