package org.factline.security;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration remaining;

    public LoginThrottledException(Duration remaining) {
        super("Too many failed sign-in attempts");
        this.remaining = remaining;
    }

    public Duration remaining() {
        return remaining;
    }
}
