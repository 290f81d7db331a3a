package org.factline.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed sign-ins counted for one key ("account:alice" or "address:10.0.0.7") in a time window. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntry {

    public static final int KEY_MAX_LENGTH = 200;

    @Id
    @Column(name = "throttle_key", length = KEY_MAX_LENGTH)
    private String key;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginThrottleEntry() {
        this.key = "";
        this.windowStartedAt = Instant.EPOCH;
    }

    public LoginThrottleEntry(String key, Instant now) {
        this.key = key;
        this.windowStartedAt = now;
    }

    /** Counts one failure; locks the key once {@code maxFailures} fall within one window. */
    public void recordFailure(Instant now, int maxFailures, Duration window, Duration lockout) {
        if (windowStartedAt.plus(window).isBefore(now)) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failures = 0;
            windowStartedAt = now;
        }
    }

    public @Nullable Duration remainingLock(Instant now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return null;
        }
        return Duration.between(now, lockedUntil);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }
}
