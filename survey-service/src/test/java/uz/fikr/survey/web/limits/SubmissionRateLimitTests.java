package uz.fikr.survey.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The token buckets on a clock the test moves. */
class SubmissionRateLimitTests {

    private final FakeTime time = new FakeTime();
    private final SubmissionRateLimit limit = new SubmissionRateLimit(30, time);

    @Test
    void a_reader_may_send_30_submissions_at_once_and_the_31st_is_told_to_wait_two_seconds() {
        for (int i = 0; i < 30; i++) {
            assertThat(submitFrom("192.0.2.1")).isTrue();
        }

        TooManySubmissionsException refused = catchThrowableOfType(TooManySubmissionsException.class,
                () -> submitFrom("192.0.2.1"));

        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_reader_who_waits_as_long_as_retry_after_says_is_served() {
        for (int i = 0; i < 30; i++) {
            submitFrom("192.0.2.1");
        }
        Duration retryAfter = catchThrowableOfType(TooManySubmissionsException.class, () -> submitFrom("192.0.2.1"))
                .retryAfter();

        time.advance(retryAfter);

        assertThat(submitFrom("192.0.2.1")).isTrue();
    }

    @Test
    void one_busy_address_does_not_hold_up_another() {
        for (int i = 0; i < 30; i++) {
            submitFrom("192.0.2.1");
        }

        assertThatThrownBy(() -> submitFrom("192.0.2.1")).isInstanceOf(TooManySubmissionsException.class);
        assertThat(submitFrom("192.0.2.2")).isTrue();
    }

    @Test
    void signed_in_staff_entering_paper_forms_are_not_limited() {
        for (int i = 0; i < 100; i++) {
            MockHttpServletRequest request = post("192.0.2.9");
            request.addUserRole("STAFF");
            assertThat(limit.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
        }
    }

    @Test
    void addresses_of_one_ipv6_network_share_a_bucket() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::2"))
                .isEqualTo("20010db800010002/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
        assertThat(ClientAddress.of("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void the_buckets_forget_the_least_recently_seen_client_beyond_their_bound() {
        AtomicInteger created = new AtomicInteger();
        ClientBuckets buckets = new ClientBuckets(2, () -> {
            created.incrementAndGet();
            return Bucket.builder().addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofMinutes(1)))
                    .build();
        });
        Bucket first = buckets.of("a");
        buckets.of("b");
        buckets.of("a");
        buckets.of("c");

        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.of("a")).isSameAs(first);
        buckets.of("b");
        assertThat(created).hasValue(4);
    }

    private boolean submitFrom(String address) {
        return limit.preHandle(post(address), new MockHttpServletResponse(), new Object());
    }

    private static MockHttpServletRequest post(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/responses");
        request.setRemoteAddr(address);
        return request;
    }

    private static final class FakeTime implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
