package org.factline.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleEntryTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(10);
    private final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void locks_after_the_maximum_failures_within_the_window_and_unlocks_later() {
        var entry = new LoginThrottleEntry("account:x", t0);
        for (int i = 0; i < 4; i++) {
            entry.recordFailure(t0.plusSeconds(i), 5, WINDOW, LOCKOUT);
        }
        assertThat(entry.remainingLock(t0.plusSeconds(5))).isNull();

        entry.recordFailure(t0.plusSeconds(5), 5, WINDOW, LOCKOUT);
        assertThat(entry.remainingLock(t0.plusSeconds(65))).isEqualTo(Duration.ofMinutes(9));
        assertThat(entry.remainingLock(t0.plusSeconds(5).plus(LOCKOUT))).isNull();
    }

    @Test
    void failures_spread_beyond_the_window_never_lock() {
        var entry = new LoginThrottleEntry("account:y", t0);
        Instant t = t0;
        for (int i = 0; i < 20; i++) {
            t = t.plus(Duration.ofMinutes(4));
            entry.recordFailure(t, 5, WINDOW, LOCKOUT);
            assertThat(entry.remainingLock(t)).isNull();
        }
    }
}
