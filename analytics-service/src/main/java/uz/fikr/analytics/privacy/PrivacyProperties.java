package uz.fikr.analytics.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minimumGroupSize k: a figure for fewer respondents than this is never shown, because a small group
 *     ("blind readers at branch X") can identify a person
 */
@ConfigurationProperties("fikr.privacy")
public record PrivacyProperties(int minimumGroupSize) {

    public PrivacyProperties {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("fikr.privacy.minimum-group-size must be 1 or more");
        }
    }
}
