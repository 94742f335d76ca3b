package uz.fikr.survey.web.limits;

import java.time.Duration;

/** A client sent more submissions than its bucket holds; answered with 429 and when to send again. */
public class TooManySubmissionsException extends RuntimeException {

    private final Duration retryAfter;

    TooManySubmissionsException(Duration retryAfter) {
        super("Too many submissions; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
