package uz.fikr.dashboard.analytics;

/** analytics-service could not be reached, answered with an error, or sent something unreadable. */
public class AnalyticsUnavailableException extends RuntimeException {

    AnalyticsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    AnalyticsUnavailableException(String message) {
        super(message);
    }
}
