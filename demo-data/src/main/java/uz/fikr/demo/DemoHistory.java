package uz.fikr.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;

/**
 * The demo's past: responses to the demo and service-quality surveys and online feedback, received over the months
 * before today, as survey-service would have published them then. The readers, branches, comments and findings are
 * the live demo's; on top, the calendar shapes how many arrive when ({@link HistoryCalendar}) and the story moves
 * the ratings over time ({@link HistoryStory}).
 *
 * <p>The same seed and window always give the same events. Ids are name-based UUIDs of the seed and the index
 * (version 3; the live demo's are version 4), so loading the history again re-sends the same responses, which
 * analytics counts once.
 */
public final class DemoHistory {

    /** Three demo-survey responses for every two service-quality ones, as in the live demo (300 and 200). */
    static final double DEMO_SHARE = 0.6;

    private static final long RESPONSE_STREAM = 0x41570A1D15C07E11L;
    private static final long FEEDBACK_STREAM = 0x0FEEDBAC4A11D0C5L;

    private DemoHistory() {}

    /**
     * {@code count} responses received within {@code window}, oldest first.
     *
     * @param staff the librarian's login named on interviews and paper forms, as survey-service names the login that
     *     sent them; null for none
     */
    public static List<ResponseSubmitted> responses(
            int count, long seed, HistoryWindow window, @Nullable String staff) {
        return draw(count, seed ^ RESPONSE_STREAM, window, ResponseSubmitted::receivedAt, (random, i, at, moment) -> {
            Submission submission = random.nextDouble() < DEMO_SHARE
                    ? DemoResponses.next(random, moment)
                    : QualityResponses.next(random, moment);
            return ResponseEvents.of(submission.withResponseId(id("responses", seed, i)), at, staff);
        });
    }

    /** {@code count} pieces of online feedback received within {@code window}, oldest first. */
    public static List<FeedbackSubmitted> feedback(int count, long seed, HistoryWindow window) {
        return draw(count, seed ^ FEEDBACK_STREAM, window, FeedbackSubmitted::receivedAt,
                (random, i, at, moment) -> DemoFeedback.next(random, id("feedback", seed, i), at, moment));
    }

    /** The id of the {@code index}th response or feedback of the history drawn from {@code seed}. */
    static UUID id(String kind, long seed, int index) {
        return UUID.nameUUIDFromBytes(
                ("fikr-demo-history/" + kind + "/" + seed + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    /** One event of the history: the {@code index}th, received {@code at}, when the story stood at {@code moment}. */
    @FunctionalInterface
    private interface Event<T> {
        T draw(RandomGenerator random, int index, Instant at, HistoryStory.Moment moment);
    }

    private static <T> List<T> draw(int count, long seed, HistoryWindow window, Function<T, Instant> receivedAt,
            Event<T> event) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        RandomGenerator random = new Random(seed);
        HistoryCalendar calendar = new HistoryCalendar(window);
        HistoryStory story = new HistoryStory(window);
        List<T> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = calendar.draw(random);
            events.add(event.draw(random, i, at, story.at(at)));
        }
        events.sort(Comparator.comparing(receivedAt));
        return List.copyOf(events);
    }
}
