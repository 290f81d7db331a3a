package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.factline.AbstractIntegrationTest;
import org.factline.base.DatabaseHealth;
import org.factline.security.AppRoles.Role;
import org.factline.security.AppUserPrincipal;
import org.factline.security.SecurityProperties;
import org.factline.user.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With a maximum password age configured, an old password forces a change at sign-in. */
class PasswordExpiryTest extends AbstractIntegrationTest {

    @Autowired
    UserAccountRepository repository;

    @Autowired
    Clock clock;

    @Autowired
    DatabaseHealth database;

    @Test
    void an_expired_password_must_be_changed_before_anything_else() {
        String name = user(unique("expiry"), Role.EDITOR);
        var ninetyDays = properties(Duration.ofDays(90));

        var today = new AccountUserDetailsService(repository, ninetyDays, clock, database);
        assertThat(((AppUserPrincipal) today.loadUserByUsername(name)).passwordChangeRequired())
                .isFalse();

        var in91Days = new AccountUserDetailsService(
                repository,
                ninetyDays,
                Clock.fixed(clock.instant().plus(Duration.ofDays(91)), ZoneOffset.UTC),
                database);
        var principal = (AppUserPrincipal) in91Days.loadUserByUsername(name);
        assertThat(principal.passwordChangeRequired()).isTrue();
        assertThat(principal.getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactly("PASSWORD_CHANGE_REQUIRED");

        var neverExpires = new AccountUserDetailsService(
                repository,
                properties(Duration.ZERO),
                Clock.fixed(clock.instant().plus(Duration.ofDays(3650)), ZoneOffset.UTC),
                database);
        assertThat(((AppUserPrincipal) neverExpires.loadUserByUsername(name)).passwordChangeRequired())
                .isFalse();
    }

    private static SecurityProperties properties(Duration maxAge) {
        return new SecurityProperties(
                5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(14), "k", maxAge);
    }
}
