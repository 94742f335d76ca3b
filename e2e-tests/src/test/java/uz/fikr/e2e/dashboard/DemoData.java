package uz.fikr.e2e.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.demo.DemoHistory;
import uz.fikr.demo.DemoResponses;
import uz.fikr.demo.HistoryWindow;
import uz.fikr.demo.QualityResponses;
import uz.fikr.demo.Submission;
import uz.fikr.e2e.AnalyticsLogin;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;

/**
 * What the dashboard shows: the demo's backdated year published straight to Kafka (as {@code DemoHistoryLoader}
 * does: survey-service cannot backdate a response), today's responses and a few pieces of feedback sent to
 * survey-service over HTTP as readers send them, all counted by analytics-service before a test looks.
 */
final class DemoData {

    static final long SEED = 42;
    static final int HISTORY_RESPONSES = 1500;
    static final int HISTORY_FEEDBACK = 100;
    static final int LIVE_DEMO = 100;
    static final int LIVE_QUALITY = 50;
    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DashboardStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoData(DashboardStack stack) {
        this.stack = stack;
    }

    /** Loads everything and waits until analytics-service counts every response and every piece of feedback. */
    void load(List<String> feedbackTexts) {
        HistoryWindow year = HistoryWindow.monthsBefore(Clock.system(TASHKENT), 12);
        List<ResponseSubmitted> history = DemoHistory.responses(HISTORY_RESPONSES, SEED, year, DashboardStack.STAFF);
        publish(history, DemoHistory.feedback(HISTORY_FEEDBACK, SEED, year));
        List<Submission> live = new ArrayList<>(DemoResponses.generate(LIVE_DEMO, SEED));
        live.addAll(QualityResponses.generate(LIVE_QUALITY, SEED));
        live.forEach(this::send);
        feedbackTexts.forEach(this::sendFeedback);

        long demoHistory = history.stream().filter(response -> response.surveyId().equals(DemoResponses.SURVEY_ID))
                .count();
        long demo = demoHistory + LIVE_DEMO;
        long quality = history.size() - demoHistory + LIVE_QUALITY;
        long feedback = HISTORY_FEEDBACK + feedbackTexts.size();
        await("analytics-service counts the demo data").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> responses(DemoResponses.SURVEY_ID) == demo
                        && responses(QualityResponses.SURVEY_ID) == quality && feedbackItems() == feedback);
    }

    private void publish(List<ResponseSubmitted> responses, List<FeedbackSubmitted> feedback) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            responses.forEach(response -> sent.add(producer.send(new ProducerRecord<>(ResponseSubmitted.TOPIC,
                    response.responseId().toString(), EventJson.write(response)))));
            feedback.forEach(item -> sent.add(producer.send(new ProducerRecord<>(FeedbackSubmitted.TOPIC,
                    item.feedbackId().toString(), EventJson.write(item)))));
            producer.flush();
            for (Future<RecordMetadata> record : sent) {
                record.get(30, TimeUnit.SECONDS);
            }
        }
        catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the demo history", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the demo history", e);
        }
    }

    /** A reader's response, with the librarian's login for interviews and paper forms. */
    private void send(Submission submission) {
        HttpRequest.Builder request = HttpRequest.newBuilder(surveyService("/api/v1/responses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(submission.toJson()));
        if (submission.enteredByStaff()) {
            request.header("Authorization", basic(DashboardStack.STAFF, stack.password()));
        }
        HttpResponse<String> reply = exchange(request.build());
        assertThat(reply.statusCode()).as(submission.toJson() + " " + reply.body()).isEqualTo(202);
    }

    /** A complaint about Yunusobod's digital services, written on the library's website. */
    private void sendFeedback(String text) {
        String body = JSON.writeValueAsString(Map.of("feedbackId", UUID.randomUUID().toString(),
                "category", "complaint", "serviceArea", "digital", "channel", "web", "branch", "yunusobod",
                "language", "en", "text", text));
        HttpResponse<String> reply = exchange(HttpRequest.newBuilder(surveyService("/api/v1/feedback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(reply.statusCode()).as(body + " " + reply.body()).isEqualTo(202);
    }

    private long responses(String surveyId) {
        return analytics("/api/v1/surveys/" + surveyId + "/summary").get("responses").asLong();
    }

    private long feedbackItems() {
        return analytics("/api/v1/inbox?source=feedback&limit=1").get("total").asLong();
    }

    private JsonNode analytics(String path) {
        HttpResponse<String> reply = exchange(HttpRequest.newBuilder(stack.analyticsService().resolve(path))
                .header("Authorization", AnalyticsLogin.header()).build());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    private URI surveyService(String path) {
        return stack.surveyService().resolve(path);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
