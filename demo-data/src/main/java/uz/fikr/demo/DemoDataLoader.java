package uz.fikr.demo;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Command line: posts responses to the demo survey and then to the service-quality survey to survey-service, and
 * reports how many of each it accepted.
 *
 * <pre>java -cp demo-data.jar uz.fikr.demo.DemoDataLoader --url http://127.0.0.1:8081 --count 300 \
 *     --quality-count 200 --seed 42 --staff librarian:password</pre>
 *
 * <p>The interviews and paper forms among the responses are sent with the librarian's login: survey-service takes
 * those channels only from staff.
 *
 * Exits with 0 when every response was accepted (or was already stored by an earlier load with the same seed),
 * 1 when survey-service refused one, 2 on wrong arguments.
 */
public final class DemoDataLoader {

    static final String USAGE =
            "usage: DemoDataLoader [--url http://127.0.0.1:8081] [--count 300] [--quality-count 200] [--seed 42]"
                    + " [--staff librarian:password]";

    /** What to load where: {@code count} demo responses and {@code qualityCount} service-quality responses. */
    record Options(URI url, int count, int qualityCount, long seed, @Nullable String staff) {

        static Options parse(String... args) {
            Arguments given = Arguments.parse(args, Set.of("--url", "--count", "--quality-count", "--seed", "--staff"));
            return new Options(URI.create(given.text("--url", "http://127.0.0.1:8081")),
                    given.number("--count", 300, 0), given.number("--quality-count", 200, 0),
                    given.seed("--seed", 42), given.text("--staff"));
        }
    }

    /** How a load went: every response is either accepted now or was stored before. */
    record Result(int accepted, int alreadyStored) {}

    private final ResponseSender sender;

    DemoDataLoader(ResponseSender sender) {
        this.sender = sender;
    }

    Result load(List<? extends Submission> responses) throws InterruptedException {
        int accepted = 0;
        int alreadyStored = 0;
        for (Submission response : responses) {
            switch (sender.send(response)) {
                case ACCEPTED -> accepted++;
                case ALREADY_STORED -> alreadyStored++;
            }
        }
        return new Result(accepted, alreadyStored);
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("demo-data: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        DemoDataLoader loader = new DemoDataLoader(new ResponseSender(client, options.url(), Thread::sleep,
                options.staff()));
        try {
            report(out, options, DemoResponses.SURVEY_ID,
                    loader.load(DemoResponses.generate(options.count(), options.seed())));
            report(out, options, QualityResponses.SURVEY_ID,
                    loader.load(QualityResponses.generate(options.qualityCount(), options.seed())));
            return 0;
        } catch (ResponseSender.LoadFailedException e) {
            err.println("demo-data: " + e.getMessage());
            return 1;
        }
    }

    private static void report(PrintStream out, Options options, String survey, Result result) {
        out.printf("demo-data: survey-service at %s accepted %d of %d %s responses (seed %d)%s%n",
                options.url(), result.accepted(), result.accepted() + result.alreadyStored(), survey, options.seed(),
                result.alreadyStored() > 0 ? "; " + result.alreadyStored() + " were already stored" : "");
    }
}
