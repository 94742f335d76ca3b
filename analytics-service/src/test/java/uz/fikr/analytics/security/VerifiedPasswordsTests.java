package uz.fikr.analytics.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import uz.fikr.analytics.report.MutableClock;

class VerifiedPasswordsTests {

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(10), clock);
    private final String hash = passwords.encode("fikr-analytics");

    @Test
    void theDashboardsPasswordIsCheckedAgainstItsHashOnceAndThenRecognised() {
        assertThat(passwords.matches("fikr-analytics", hash)).isTrue();
        assertThat(passwords.matches("fikr-analytics", hash)).isTrue();
        assertThat(passwords.matches("fikr-analytics", hash)).isTrue();

        assertThat(bcrypt.checks.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndCheckedTheSlowWayEveryTime() {
        passwords.matches("fikr-analytics", hash);

        assertThat(passwords.matches("fikr-analytic", hash)).isFalse();
        assertThat(passwords.matches("fikr-analytic", hash)).isFalse();

        assertThat(bcrypt.checks.get()).isEqualTo(3);
    }

    @Test
    void aVerifiedPasswordOpensOnlyTheHashItWasCheckedAgainst() {
        String otherHash = passwords.encode("privacy-secret");
        passwords.matches("fikr-analytics", hash);

        assertThat(passwords.matches("fikr-analytics", otherHash)).isFalse();
    }

    @Test
    void aPasswordIsCheckedTheSlowWayAgainAfterTenMinutes() {
        passwords.matches("fikr-analytics", hash);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(passwords.matches("fikr-analytics", hash)).isTrue();
        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    /** BCrypt, counting how often it is asked to compare. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            checks.incrementAndGet();
            return real.matches(rawPassword, encodedPassword);
        }
    }
}
