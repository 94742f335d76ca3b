package uz.fikr.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uz.fikr.demo.DemoResponses;
import uz.fikr.demo.QualityResponses;
import uz.fikr.demo.ResponseEvents;
import uz.fikr.demo.Submission;
import uz.fikr.events.ResponseSubmitted;

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

    /** Events for a chunk, received at seeded random times within the year before {@code now}. */
    static List<ResponseSubmitted> events(long seed, int chunk, int quarter, Instant now) {
        Random random = new Random(seed ^ (chunk * 0x9E3779B97F4A7C15L));
        List<ResponseSubmitted> events = new ArrayList<>();
        for (Submission submission : chunk(seed, chunk, quarter)) {
            events.add(ResponseEvents.of(submission,
                    now.minusSeconds((long) (random.nextDouble() * 365 * DAY_SECONDS)), null));
        }
        return events;
    }
}
