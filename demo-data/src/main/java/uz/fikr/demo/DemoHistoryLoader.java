package uz.fikr.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;

/**
 * Command line: publishes the demo's history ({@link DemoHistory}) straight to Kafka, because survey-service stamps
 * every response with the moment it arrives and its API cannot backdate one.
 *
 * <pre>java -cp 'demo-data.jar:lib/*' uz.fikr.demo.DemoHistoryLoader --kafka 127.0.0.1:9092 --responses 3000 \
 *     --feedback 300 --months 12 --seed 42 --staff librarian --zone Asia/Tashkent</pre>
 *
 * Loading again with the same seed publishes the same ids, which analytics counts once. Exits with 0 once the
 * broker has acknowledged every record, 1 when it did not, 2 on wrong arguments.
 */
public final class DemoHistoryLoader {

    static final String USAGE = "usage: DemoHistoryLoader --kafka 127.0.0.1:9092 [--responses 3000] [--feedback 300]"
            + " [--months 12] [--seed 42] [--staff librarian] [--zone Asia/Tashkent]";

    /**
     * @param staff the librarian's login named on the interviews and paper forms
     * @param zone where "today" and opening hours are
     */
    record Options(String kafka, int responses, int feedback, int months, long seed, String staff, ZoneId zone) {

        static Options parse(String... args) {
            Arguments given = Arguments.parse(args,
                    Set.of("--kafka", "--responses", "--feedback", "--months", "--seed", "--staff", "--zone"));
            String kafka = given.text("--kafka");
            if (kafka == null) {
                throw new IllegalArgumentException("--kafka is required");
            }
            return new Options(kafka, given.number("--responses", 3000, 0), given.number("--feedback", 300, 0),
                    given.number("--months", 12, 1), given.seed("--seed", 42), given.text("--staff", "librarian"),
                    ZoneId.of(given.text("--zone", "Asia/Tashkent")));
        }
    }

    private DemoHistoryLoader() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, Clock.systemUTC(), System.out, System.err));
    }

    static int run(String[] args, Clock clock, PrintStream out, PrintStream err) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("demo-data: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        HistoryWindow window = HistoryWindow.monthsBefore(clock.withZone(options.zone()), options.months());
        List<ResponseSubmitted> responses =
                DemoHistory.responses(options.responses(), options.seed(), window, options.staff());
        List<FeedbackSubmitted> feedback = DemoHistory.feedback(options.feedback(), options.seed(), window);
        try (HistoryPublisher publisher = HistoryPublisher.connect(options.kafka())) {
            publisher.publish(responses, feedback);
        } catch (HistoryPublisher.PublishFailedException e) {
            err.println("demo-data: " + e.getMessage());
            return 1;
        }
        long demo = responses.stream().filter(r -> r.surveyId().equals(DemoResponses.SURVEY_ID)).count();
        out.printf("demo-data: history of %d months (%s to %s) published to Kafka at %s: %d responses (%d %s, %d %s)"
                        + " and %d feedback items (seed %d)%n",
                options.months(), window.first(), window.today().minusDays(1), options.kafka(), responses.size(),
                demo, DemoResponses.SURVEY_ID, responses.size() - demo, QualityResponses.SURVEY_ID, feedback.size(),
                options.seed());
        return 0;
    }
}
