package uz.fikr.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import uz.fikr.demo.DemoComments.Tone;

/**
 * Generates responses to the demo survey that make the dashboard look like a real library's: satisfaction
 * differs by branch and reader group (students rate the crowded reading rooms lower, elderly readers the
 * digital services), willingness to recommend follows satisfaction, and unhappy readers write comments more
 * often. The same seed always gives the same responses, response ids included.
 */
public final class DemoResponses {

    public static final String SURVEY_ID = "demo";
    public static final int SURVEY_VERSION = 1;
    public static final List<String> CHANNELS = List.of("web", "qr", "kiosk", "widget", "interview", "paper");
    public static final List<String> BRANCHES = Branch.ids();
    public static final List<String> READER_GROUPS = List.of(
            "pupil", "student", "teacher", "researcher", "young_adult", "working_adult", "elderly", "disability");
    public static final List<String> AGE_BANDS = ReaderGroup.AGE_BANDS;
    public static final List<String> VISITED_SERVICES = ReaderGroup.SERVICES;

    private static final double SKIPS_VISITED_SERVICE = 0.15;

    private DemoResponses() {}

    /** {@code count} responses drawn from {@code seed}. */
    public static List<DemoResponse> generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        RandomGenerator random = new Random(seed);
        List<DemoResponse> responses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            responses.add(next(random, Drift.PRESENT));
        }
        return List.copyOf(responses);
    }

    /** One response, its ratings moved by {@code drift}: what its moment in the demo's history adds. */
    static DemoResponse next(RandomGenerator random, Drift drift) {
        UUID responseId = randomUuid(random);
        Branch branch = Branch.ALL.draw(random);
        String channel = branch.channels().draw(random);
        ReaderGroup group = ReaderGroup.byId(branch.readerGroups().draw(random));
        String ageBand = group.ageBands().draw(random);
        String service = group.services().draw(random);
        int satisfaction = satisfaction(random, branch, group, service, channel, drift);
        int recommend = clamp(Math.round(2.2 * satisfaction - 1.2 + random.nextGaussian() * 1.3), 0, 10);
        @Nullable String comment = random.nextDouble() < commentProbability(satisfaction)
                ? DemoComments.pick(random, group.languages().draw(random), DemoComments.toneOf(satisfaction), service)
                : null;
        @Nullable String visitedService = random.nextDouble() < SKIPS_VISITED_SERVICE ? null : service;
        return new DemoResponse(responseId, SURVEY_ID, SURVEY_VERSION, channel, branch.id(),
                new DemoResponse.Respondent(group.id(), ageBand),
                new DemoResponse.Answers(satisfaction, recommend, visitedService, comment));
    }

    private static int satisfaction(RandomGenerator random, Branch branch, ReaderGroup group, String service,
            String channel, Drift drift) {
        double mean = branch.meanSatisfaction() + group.satisfactionShift()
                + serviceEffect(branch, group, service) + channelEffect(channel) + drift.satisfaction(branch, service);
        return clamp(Math.round(mean + random.nextGaussian() * 0.85), 1, 5);
    }

    /** What a visit to one service adds to or takes from the reader's satisfaction. */
    private static double serviceEffect(Branch branch, ReaderGroup group, String service) {
        return switch (service) {
            case "reading_room" -> group.id().equals("student") ? -0.9 : 0.2;
            case "digital" -> (group.id().equals("elderly") ? -0.8 : 0.0)
                    + (branch.id().equals("yunusobod") ? -0.6 : 0.0);
            case "reference" -> group.id().equals("researcher") ? 0.4 : 0.1;
            case "events" -> 0.3;
            default -> 0.0;
        };
    }

    /** Readers are a little kinder face to face than on a screen. */
    private static double channelEffect(String channel) {
        return switch (channel) {
            case "interview" -> 0.3;
            case "paper" -> 0.1;
            default -> 0.0;
        };
    }

    private static double commentProbability(int satisfaction) {
        return satisfaction <= 2 ? 0.6 : satisfaction == 5 ? 0.4 : 0.3;
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    /** A version-4 UUID from the seeded generator, so that ids repeat with the seed. */
    static UUID randomUuid(RandomGenerator random) {
        long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
