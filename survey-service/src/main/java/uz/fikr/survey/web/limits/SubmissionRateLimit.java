package uz.fikr.survey.web.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets each client address send {@code perMinute} submissions a minute, refilled evenly (a token every
 * {@code 60 / perMinute} seconds), and refuses more with 429 and {@code Retry-After}: the seconds until the next
 * token. A reader answering one survey never comes near it. Signed-in staff and admins, who enter paper forms in a
 * row, are not limited. The address is {@link HttpServletRequest#getRemoteAddr()}, which honours
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says the proxy in front is trusted;
 * IPv6 clients count per /64 network, as one household or phone has a whole /64.
 */
final class SubmissionRateLimit implements HandlerInterceptor {

    /** How many clients are remembered at once, which bounds the memory the buckets take. */
    static final int MAX_CLIENTS = 100_000;

    private final ClientBuckets buckets;

    SubmissionRateLimit(int perMinute, TimeMeter time) {
        Bandwidth limit = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
        this.buckets = new ClientBuckets(MAX_CLIENTS,
                () -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod()) || request.isUserInRole("STAFF") || request.isUserInRole("ADMIN")) {
            return true;
        }
        ConsumptionProbe probe = buckets.of(ClientAddress.of(request.getRemoteAddr())).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        throw new TooManySubmissionsException(retryAfter(probe.getNanosToWaitForRefill()));
    }

    /** Whole seconds, rounded up, at least one: a client that waits that long is served. */
    static Duration retryAfter(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
