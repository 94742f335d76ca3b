package uz.fikr.survey.publishing;

import java.time.Duration;

/** Kafka did not acknowledge a submission in time; the reader is told to retry with the same id. */
public class BrokerUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public BrokerUnavailableException(String message, Duration retryAfter, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
