package uz.fikr.demo;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
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
            URI url = URI.create("http://127.0.0.1:8081");
            int count = 300;
            int qualityCount = 200;
            long seed = 42;
            String staff = null;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--url" -> url = URI.create(value);
                    case "--count" -> count = Integer.parseInt(value);
                    case "--quality-count" -> qualityCount = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--staff" -> staff = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (count < 0 || qualityCount < 0) {
                throw new IllegalArgumentException("--count and --quality-count must not be negative");
            }
            return new Options(url, count, qualityCount, seed, staff);
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
