package uz.fikr.dashboard.analytics;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where analytics-service answers, and how long the dashboard waits for it.
 *
 * @param url base URL of analytics-service, e.g. {@code http://localhost:8082}
 * @param timeout connect and read timeout of one request; kept short because a UI poll waits for it
 * @param user the dashboard's login to the analytics API ({@code FIKR_ANALYTICS_USER})
 * @param password its password ({@code FIKR_ANALYTICS_PASSWORD}); none sends no login
 * @param fileTimeout how long the download of a file (an archived report) may take in all
 */
@ConfigurationProperties("fikr.analytics")
record AnalyticsProperties(@DefaultValue("http://localhost:8082") URI url, @DefaultValue("2s") Duration timeout,
        @DefaultValue("dashboard") String user, @DefaultValue("") String password,
        @DefaultValue("2m") Duration fileTimeout) {
}
