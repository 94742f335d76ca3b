package uz.fikr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uz.fikr.demo.FakeSurveyService.Reply;

class DemoDataLoaderTests {

    private final FakeSurveyService service;
    private final List<Duration> waits = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    DemoDataLoaderTests() throws Exception {
        service = new FakeSurveyService();
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void posts_the_demo_responses_then_the_service_quality_ones_and_reports_how_many_of_each_were_accepted()
            throws Exception {
        int exitCode = run("--url", service.url().toString(), "--count", "25", "--quality-count", "10", "--seed", "42");

        assertThat(exitCode).isZero();
        assertThat(service.receivedBodies()).containsExactlyElementsOf(Stream.concat(
                DemoResponses.generate(25, 42).stream(), QualityResponses.generate(10, 42).stream())
                .map(Submission::toJson).toList());
        assertThat(text(out)).contains("accepted 25 of 25 demo responses (seed 42)",
                "accepted 10 of 10 service-quality responses (seed 42)");
    }

    @Test
    void the_old_options_still_work_and_load_200_service_quality_responses_besides() throws Exception {
        int exitCode = run("--url", service.url().toString(), "--count", "5", "--seed", "7");

        assertThat(exitCode).isZero();
        assertThat(service.receivedBodies()).hasSize(205)
                .endsWith(QualityResponses.generate(200, 7).getLast().toJson());
        assertThat(text(out))
                .contains("accepted 5 of 5 demo responses", "accepted 200 of 200 service-quality responses");
    }

    @Test
    void a_quality_count_of_zero_loads_only_the_demo_survey() throws Exception {
        run("--url", service.url().toString(), "--count", "3", "--quality-count", "0");

        assertThat(service.receivedBodies()).hasSize(3).allMatch(body -> body.contains("\"surveyId\":\"demo\""));
    }

    @Test
    void a_503_is_retried_with_the_same_response_id_after_the_time_retry_after_asks_for() throws Exception {
        service.thenReply(new Reply(503, "Kafka unavailable", "7")).thenReply(new Reply(503, "", "2"));

        var result = loader().load(DemoResponses.generate(1, 42));

        assertThat(result).isEqualTo(new DemoDataLoader.Result(1, 0));
        assertThat(service.receivedBodies()).hasSize(3).containsOnly(DemoResponses.generate(1, 42).getFirst().toJson());
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }

    @Test
    void a_retry_after_of_an_hour_waits_thirty_seconds_and_a_date_in_the_past_not_at_all() throws Exception {
        service.thenReply(new Reply(503, "", "3600"))
                .thenReply(new Reply(503, "", "Wed, 21 Oct 2015 07:28:00 GMT"));

        loader().load(DemoResponses.generate(1, 42));

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ZERO);
    }

    @Test
    void a_response_stored_by_an_earlier_load_counts_as_already_stored() throws Exception {
        service.thenReply(Reply.of(409, "duplicate"));

        assertThat(loader().load(DemoResponses.generate(3, 42))).isEqualTo(new DemoDataLoader.Result(2, 1));
    }

    @Test
    void a_second_load_with_the_same_seed_reports_responses_already_stored() throws Exception {
        for (int i = 0; i < 4; i++) {
            service.thenReply(Reply.of(409, "duplicate"));
        }

        run("--url", service.url().toString(), "--count", "2", "--quality-count", "2");

        assertThat(text(out)).contains("accepted 0 of 2 demo responses (seed 42); 2 were already stored",
                "accepted 0 of 2 service-quality responses (seed 42); 2 were already stored");
    }

    @Test
    void a_400_fails_the_load_loudly_with_the_service_s_reason() throws Exception {
        service.thenReply(Reply.of(400, "{\"detail\":\"answers.satisfaction must be between 1 and 5\"}"));

        int exitCode = run("--url", service.url().toString(), "--count", "5");

        assertThat(exitCode).isEqualTo(1);
        assertThat(text(err)).contains("answered 400", "answers.satisfaction must be between 1 and 5");
        assertThat(service.receivedBodies()).hasSize(1);
    }

    @Test
    void a_503_that_never_ends_fails_after_the_last_attempt() {
        for (int i = 0; i < ResponseSender.MAX_ATTEMPTS; i++) {
            service.thenReply(new Reply(503, "still starting", "0"));
        }

        assertThatThrownBy(() -> loader().load(DemoResponses.generate(1, 42)))
                .isInstanceOf(ResponseSender.LoadFailedException.class)
                .hasMessageContaining("503").hasMessageContaining("still starting");
        assertThat(service.receivedBodies()).hasSize(ResponseSender.MAX_ATTEMPTS);
    }

    @Test
    void wrong_arguments_print_the_usage() throws Exception {
        assertThat(run("--count", "many")).isEqualTo(2);
        assertThat(run("--quality-count", "-1")).isEqualTo(2);
        assertThat(text(err)).contains("usage: DemoDataLoader", "--quality-count");
        assertThat(service.receivedBodies()).isEmpty();
    }

    private DemoDataLoader loader() {
        return new DemoDataLoader(new ResponseSender(HttpClient.newHttpClient(), service.url(), waits::add,
                "librarian:secret"));
    }

    private int run(String... args) throws InterruptedException {
        return DemoDataLoader.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
