package uz.fikr.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import uz.fikr.demo.DemoResponses;
import uz.fikr.demo.QualityResponses;
import uz.fikr.demo.Submission;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.AnswerValues;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.Respondent;

/**
 * The benchmark's data, from the demo generators: three demo-survey responses for every service-quality response
 * (about 6.5 answers per response), in chunks whose seeds differ, so that every chunk has its own response ids.
 */
final class Workload {

    private static final long DAY_SECONDS = 86_400;

    private Workload() {}

    /** Chunk {@code chunk} of a stream: {@code 4 * quarter} submissions, demo and quality interleaved. */
    static List<Submission> chunk(long seed, int chunk, int quarter) {
        long chunkSeed = seed * 1_000_003L + chunk;
        List<? extends Submission> demo = DemoResponses.generate(3 * quarter, chunkSeed);
        List<? extends Submission> quality = QualityResponses.generate(quarter, chunkSeed);
        List<Submission> mixed = new ArrayList<>(4 * quarter);
        for (int i = 0; i < quarter; i++) {
            mixed.add(demo.get(3 * i));
            mixed.add(demo.get(3 * i + 1));
            mixed.add(demo.get(3 * i + 2));
            mixed.add(quality.get(i));
        }
        return mixed;
    }

    /** The event survey-service would publish for this submission, received at {@code receivedAt}. */
    static ResponseSubmitted event(Submission submission, Instant receivedAt) {
        JsonNode body = EventJson.mapper().readTree(submission.toJson());
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        body.get("answers").properties().forEach(entry -> answers.put(entry.getKey(),
                AnswerValues.fromJson(entry.getValue()).orElseThrow()));
        JsonNode respondent = body.get("respondent");
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, submission.responseId(),
                body.get("surveyId").asString(), body.get("surveyVersion").asInt(), receivedAt,
                Channel.fromCode(body.get("channel").asString()).orElseThrow(), body.get("branch").asString(),
                new Respondent(respondent.get("readerGroup").asString(), respondent.get("ageBand").asString(),
                        Map.of()),
                answers);
    }

    /** Events for a chunk, received at seeded random times within the year before {@code now}. */
    static List<ResponseSubmitted> events(long seed, int chunk, int quarter, Instant now) {
        Random random = new Random(seed ^ (chunk * 0x9E3779B97F4A7C15L));
        List<ResponseSubmitted> events = new ArrayList<>();
        for (Submission submission : chunk(seed, chunk, quarter)) {
            events.add(event(submission, now.minusSeconds((long) (random.nextDouble() * 365 * DAY_SECONDS))));
        }
        return events;
    }
}
