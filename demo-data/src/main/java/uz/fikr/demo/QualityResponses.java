package uz.fikr.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import uz.fikr.demo.QualityResponse.ItemAnswer;
import uz.fikr.demo.QualityResponse.Rated;
import uz.fikr.demo.QualitySurvey.Dimension;
import uz.fikr.demo.QualitySurvey.Item;

/**
 * Generates responses to the service-quality survey. Each reader rates the linking items and a random sample of
 * the others, 8 to 14 in all, and answers about 10% of them N/A; about 3% of the ratings are inconsistent
 * (minimum above desired). Perceived levels follow {@link QualityStory}; overall satisfaction follows how the
 * reader experienced the staff and the place far more than the collections, so a key-driver analysis finds them.
 * The same seed always gives the same responses, and ids other than the demo survey's for that seed.
 */
public final class QualityResponses {

    public static final String SURVEY_ID = QualitySurvey.ID;
    public static final int SURVEY_VERSION = QualitySurvey.VERSION;
    static final int MIN_ITEMS = 8;
    static final int MAX_ITEMS = 14;
    static final double FULL_DIMENSION_SHARE = 0.25;
    static final double INCONSISTENT = 0.03;

    /** Mixed into the seed so that the two generators draw different response ids from the same seed. */
    private static final long STREAM = 0x5E7_51CE_0A11_17EL;

    /** Service areas that the demo comments name, by the name they use. */
    private static final Map<String, String> COMMENTED_SERVICES = Map.of("reading_rooms", "reading_room",
            "lending", "lending", "reference", "reference", "digital", "digital", "events", "events");

    private QualityResponses() {}

    /** {@code count} responses drawn from {@code seed}. */
    public static List<QualityResponse> generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        RandomGenerator random = new Random(seed ^ STREAM);
        List<QualityResponse> responses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            responses.add(next(random, Drift.PRESENT));
        }
        return List.copyOf(responses);
    }

    /** How one reader experiences each dimension and how much they expect, on the 1-9 scale. */
    private record Reader(Branch branch, ReaderGroup group, Map<Dimension, Double> experience, double expectation,
            Drift drift) {

        static Reader draw(RandomGenerator random, Branch branch, ReaderGroup group, Drift drift) {
            double mood = random.nextGaussian() * 0.35;
            Map<Dimension, Double> experience = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                experience.put(dimension, mood + random.nextGaussian() * 0.6);
            }
            return new Reader(branch, group, experience, random.nextGaussian() * 0.55, drift);
        }

        /** The perceived level this reader expects of an item before the noise of a single rating. */
        double perceived(Item item) {
            return QualityStory.PERCEIVED + QualityStory.perceivedEffect(branch, group, item)
                    + drift.perceived(branch, item) + experience.get(item.dimension());
        }

        /** How far above or below average this reader experiences a dimension, branch and group included. */
        double experienceOf(Dimension dimension) {
            return QualitySurvey.ITEMS.stream().filter(item -> item.dimension() == dimension)
                    .mapToDouble(item -> perceived(item) - QualityStory.PERCEIVED).average().orElseThrow();
        }
    }

    /** One response, its perceived levels moved by {@code drift}: what its moment in the demo's history adds. */
    static QualityResponse next(RandomGenerator random, Drift drift) {
        UUID responseId = DemoResponses.randomUuid(random);
        Branch branch = Branch.ALL.draw(random);
        String channel = branch.channels().draw(random);
        ReaderGroup group = ReaderGroup.byId(branch.readerGroups().draw(random));
        String ageBand = group.ageBands().draw(random);
        Reader reader = Reader.draw(random, branch, group, drift);
        Set<String> shown = itemSample(random);
        Map<String, ItemAnswer> items = new LinkedHashMap<>();
        for (Item item : QualitySurvey.ITEMS) {
            if (shown.contains(item.id())) {
                items.put(item.id(), answer(random, reader, item));
            }
        }
        int overall = overall(random, reader);
        int recommend = clamp(Math.round(2.2 * overall - 1.2 + random.nextGaussian() * 1.3), 0, 10);
        List<String> wanted = WantedServices.draw(random, branch, group);
        @Nullable String comment = random.nextDouble() < (overall <= 2 ? 0.45 : 0.25)
                ? DemoComments.pick(random, group.languages().draw(random), DemoComments.toneOf(overall),
                        worstService(items))
                : null;
        return new QualityResponse(responseId, SURVEY_ID, SURVEY_VERSION, channel, branch.id(),
                new DemoResponse.Respondent(group.id(), ageBand),
                new QualityResponse.Answers(items, overall, recommend, wanted, comment));
    }

    /**
     * The linking items and a random sample of the others, {@value #MIN_ITEMS} to {@value #MAX_ITEMS} in all. One
     * reader in four gets every item of one dimension (the full form of that dimension), so that a reliability
     * analysis has complete cases to work on.
     */
    private static Set<String> itemSample(RandomGenerator random) {
        List<String> others = new ArrayList<>(QualitySurvey.ITEMS.stream().map(Item::id)
                .filter(id -> !QualitySurvey.LINKING_ITEMS.contains(id)).toList());
        int size = MIN_ITEMS + random.nextInt(MAX_ITEMS - MIN_ITEMS + 1);
        Set<String> sample = new HashSet<>(QualitySurvey.LINKING_ITEMS);
        if (random.nextDouble() < FULL_DIMENSION_SHARE) {
            QualitySurvey.Dimension full = QualitySurvey.Dimension.values()[
                    random.nextInt(QualitySurvey.Dimension.values().length)];
            QualitySurvey.ITEMS.stream().filter(item -> item.dimension() == full).map(Item::id).forEach(id -> {
                sample.add(id);
                others.remove(id);
            });
        }
        while (sample.size() < size) {
            sample.add(others.remove(random.nextInt(others.size())));
        }
        return sample;
    }

    private static ItemAnswer answer(RandomGenerator random, Reader reader, Item item) {
        if (random.nextDouble() < QualityStory.notApplicableChance(reader.group(), item)) {
            return ItemAnswer.NOT_APPLICABLE;
        }
        int desired = clamp(Math.round(QualityStory.DESIRED + QualityStory.desiredEffect(reader.group(), item)
                + reader.expectation() + random.nextGaussian() * 0.6), 3, 9);
        int tolerance = clamp(Math.round(QualityStory.TOLERANCE + random.nextGaussian() * 0.7), 1, 9);
        int minimum = Math.max(1, desired - tolerance);
        int perceived = clamp(Math.round(reader.perceived(item) + random.nextGaussian() * 0.6), 1, 9);
        return random.nextDouble() < INCONSISTENT
                ? new Rated(desired, minimum, perceived) // the reader swapped the first two columns
                : new Rated(minimum, desired, perceived);
    }

    /** Overall satisfaction (1-5) driven by the staff and the place, hardly by the collections. */
    private static int overall(RandomGenerator random, Reader reader) {
        double mean = 3.75 + 0.75 * reader.experienceOf(Dimension.AFFECT_OF_SERVICE)
                + 0.55 * reader.experienceOf(Dimension.LIBRARY_AS_PLACE)
                + 0.15 * reader.experienceOf(Dimension.INFORMATION_CONTROL);
        return clamp(Math.round(mean + random.nextGaussian() * 0.55), 1, 5);
    }

    /** The demo service behind the item furthest below the reader's minimum, for a comment that fits it. */
    private static @Nullable String worstService(Map<String, ItemAnswer> items) {
        @Nullable String worst = null;
        int lowestGap = 0;
        for (Map.Entry<String, ItemAnswer> entry : items.entrySet()) {
            if (entry.getValue() instanceof Rated rated && !rated.inconsistent() && adequacyGap(rated) < lowestGap) {
                lowestGap = adequacyGap(rated);
                worst = entry.getKey();
            }
        }
        return worst == null ? null : COMMENTED_SERVICES.get(QualitySurvey.item(worst).serviceArea());
    }

    private static int adequacyGap(Rated rated) {
        return rated.perceived() - rated.minimum();
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
