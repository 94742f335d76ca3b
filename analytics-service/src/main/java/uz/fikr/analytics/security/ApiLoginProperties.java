package uz.fikr.analytics.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one login of the analytics API: the dashboard's (and a report generator's). Readers never talk to this
 * service. The password is hashed at start-up; without one, a random one-time password is written to the log.
 *
 * @param user {@code FIKR_ANALYTICS_USER}
 * @param password {@code FIKR_ANALYTICS_PASSWORD}
 */
@ConfigurationProperties("fikr.api")
public record ApiLoginProperties(String user, @Nullable String password) {}
