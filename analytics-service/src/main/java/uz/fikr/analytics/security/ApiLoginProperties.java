package uz.fikr.analytics.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The two logins of the analytics API, each for its own part: the dashboard's (and a report generator's) for the
 * statistics and the inbox, and the privacy officer's for a reader's export and erasure ({@code /api/v1/privacy}).
 * Neither may use the other's part. Readers never talk to this service. Passwords come from the environment, plain
 * (hashed at start-up) or already encoded ({@code {bcrypt}...}). Without a dashboard password the API
 * refuses everyone (no password is ever made up and logged); without a privacy password there is no privacy login.
 *
 * @param user {@code FIKR_ANALYTICS_USER}
 * @param password {@code FIKR_ANALYTICS_PASSWORD}
 * @param privacyUser {@code FIKR_PRIVACY_USER}; must differ from {@code user}
 * @param privacyPassword {@code FIKR_PRIVACY_PASSWORD}
 */
@ConfigurationProperties("fikr.api")
public record ApiLoginProperties(String user, @Nullable String password, String privacyUser,
        @Nullable String privacyPassword) {

    public ApiLoginProperties {
        if (user.equals(privacyUser)) {
            throw new IllegalArgumentException("FIKR_PRIVACY_USER must differ from FIKR_ANALYTICS_USER ('" + user
                    + "'): the dashboard's login may not export or erase readers' contact details");
        }
    }

    /** Whether the privacy officer can log in at all. */
    public boolean privacyLogin() {
        return privacyPassword != null && !privacyPassword.isBlank();
    }
}
