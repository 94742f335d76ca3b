package uz.fikr.survey.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Abuse limits.
 *
 * @param maxBody the largest request body taken; larger ones get 413 before they are read ({@code FIKR_MAX_BODY})
 * @param submissionsPerMinute submissions one client address may send per minute, refilled evenly over the minute;
 *     more get 429 with {@code Retry-After}; 0 turns the limit off ({@code FIKR_SUBMISSIONS_PER_MINUTE})
 */
@ConfigurationProperties("fikr.limits")
public record LimitsProperties(@DefaultValue("64KB") DataSize maxBody, @DefaultValue("30") int submissionsPerMinute) {

    public LimitsProperties {
        if (maxBody.toBytes() <= 0) {
            throw new IllegalArgumentException("fikr.limits.max-body must be positive, not " + maxBody);
        }
        if (submissionsPerMinute < 0) {
            throw new IllegalArgumentException(
                    "fikr.limits.submissions-per-minute must be 0 (no limit) or more, not " + submissionsPerMinute);
        }
    }
}
