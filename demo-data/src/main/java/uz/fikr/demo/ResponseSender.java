package uz.fikr.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Posts responses to survey-service's {@code POST /api/v1/responses}. A 503 (survey-service cannot reach Kafka
 * yet) is retried after the time its Retry-After header asks for, with the same body and so the same response
 * id, which survey-service stores once. A 400 or any other answer fails loudly: the demo data no longer fits the
 * API.
 */
final class ResponseSender {

    enum Outcome { ACCEPTED, ALREADY_STORED }

    /** How the sender waits between attempts; tests record the waits instead. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final int MAX_ATTEMPTS = 10;
    private static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;
    private final URI endpoint;
    private final Sleeper sleeper;
    private final @Nullable String staffLogin;

    /**
     * @param staffLogin {@code user:password} of a librarian, sent with the interviews and paper forms among the
     *     responses (survey-service takes those only from staff); null when there is none
     */
    ResponseSender(HttpClient client, URI serviceUrl, Sleeper sleeper, @Nullable String staffLogin) {
        this.client = client;
        this.endpoint = serviceUrl.resolve("/api/v1/responses");
        this.sleeper = sleeper;
        this.staffLogin = staffLogin;
    }

    Outcome send(Submission response) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(response.toJson()));
        if (response.enteredByStaff() && staffLogin != null) {
            builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(staffLogin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> reply;
            try {
                reply = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new LoadFailedException("Cannot reach " + endpoint + ": " + e, e);
                }
                sleeper.sleep(DEFAULT_RETRY_DELAY);
                continue;
            }
            int status = reply.statusCode();
            if (status >= 200 && status < 300) {
                return Outcome.ACCEPTED;
            }
            if (status == 409) {
                return Outcome.ALREADY_STORED;
            }
            if (status == 503 && attempt < MAX_ATTEMPTS) {
                sleeper.sleep(retryDelay(reply));
                continue;
            }
            throw new LoadFailedException("%s answered %d to response %s%s: %s".formatted(endpoint, status,
                    response.responseId(), status == 503 ? " " + MAX_ATTEMPTS + " times" : "", reply.body()));
        }
    }

    /** The Retry-After header in seconds or as an HTTP date, kept between 0 and 30 seconds. */
    static Duration retryDelay(HttpResponse<?> reply) {
        return reply.headers().firstValue("Retry-After").map(ResponseSender::parseRetryAfter)
                .orElse(DEFAULT_RETRY_DELAY);
    }

    private static Duration parseRetryAfter(String value) {
        Duration delay;
        try {
            delay = Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                delay = Duration.between(ZonedDateTime.now(at.getZone()), at);
            } catch (DateTimeParseException notADate) {
                delay = DEFAULT_RETRY_DELAY;
            }
        }
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    /** survey-service refused a response, or could not be reached. */
    static final class LoadFailedException extends RuntimeException {
        LoadFailedException(String message) {
            super(message);
        }

        LoadFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
