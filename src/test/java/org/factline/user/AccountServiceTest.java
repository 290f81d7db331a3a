package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.factline.security.AppUserPrincipal;
import org.factline.security.SessionValidity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountServiceTest extends AbstractIntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SessionValidity sessionValidity;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void changing_the_password_needs_the_current_one_and_a_good_new_one() {
        String name = user(unique("pw"), Role.FACT_CHECKER);
        AppUserPrincipal me = signIn(name);

        assertRefused(
                () -> accounts.changePassword("wrong", "a-long-new-pass-phrase", "a-long-new-pass-phrase"),
                "currentPassword");
        assertRefused(
                () -> accounts.changePassword(TEST_PASSWORD, "a-long-new-pass-phrase", "another-pass-phrase"),
                "confirmation");
        assertRefused(() -> accounts.changePassword(TEST_PASSWORD, "short1", "short1"), "password");
        assertRefused(() -> accounts.changePassword(TEST_PASSWORD, "password1234", "password1234"), "password");
        assertRefused(() -> accounts.changePassword(TEST_PASSWORD, name + "-secret-x", name + "-secret-x"), "password");
        assertRefused(() -> accounts.changePassword(TEST_PASSWORD, "1234567890abcdef", "1234567890abcdef"), "password");
        assertRefused(() -> accounts.changePassword(TEST_PASSWORD, TEST_PASSWORD, TEST_PASSWORD), "password");
        // Nothing changed so far.
        assertThat(sessionValidity.isStillValid(me.userId(), me.sessionEpoch())).isTrue();

        long epoch = accounts.changePassword(TEST_PASSWORD, "river-lantern-copper-9", "river-lantern-copper-9");

        var after = (AppUserPrincipal) userDetailsService.loadUserByUsername(name);
        assertThat(encoder.matches("river-lantern-copper-9", after.getPassword()))
                .isTrue();
        assertThat(after.sessionEpoch()).isEqualTo(epoch);
        assertThat(sessionValidity.isStillValid(me.userId(), me.sessionEpoch())).isFalse();
    }

    @Test
    void passwords_longer_than_bcrypt_can_read_are_refused_clearly() {
        String name = user(unique("long"), Role.FACT_CHECKER);
        signIn(name);
        String tooLong = "ünïcödé-wörds-ärë-twö-bytës-éäch-".repeat(3); // 48 characters, 72+ bytes
        assertRefused(() -> accounts.changePassword(TEST_PASSWORD, tooLong, tooLong), "password");
    }

    @Test
    void guessing_the_current_password_is_throttled() {
        String name = user(unique("guess"), Role.FACT_CHECKER);
        signIn(name);
        for (int i = 0; i < 5; i++) {
            assertRefused(
                    () -> accounts.changePassword("guess", "river-lantern-copper-9", "river-lantern-copper-9"),
                    "currentPassword");
        }
        assertThatThrownBy(() ->
                        accounts.changePassword(TEST_PASSWORD, "river-lantern-copper-9", "river-lantern-copper-9"))
                .hasMessageContaining("Too many wrong passwords");
    }

    @Test
    void a_forced_change_clears_the_flag() {
        String name = unique("forced");
        signIn(ADMIN);
        String temporary = adminCreates(name);
        signIn(name);

        accounts.changePassword(temporary, "violet-harbor-engine-4", "violet-harbor-engine-4");

        var after = (AppUserPrincipal) userDetailsService.loadUserByUsername(name);
        assertThat(after.passwordChangeRequired()).isFalse();
        assertThat(after.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_FACT_CHECKER");
    }

    @Test
    void profile_and_theme_are_validated() {
        signIn(user(unique("profile"), Role.FACT_CHECKER));
        assertRefused(() -> accounts.updateProfile("Name", "no-at-sign"), "email");
        assertRefused(() -> accounts.updateProfile(" ", null), "displayName");
        assertRefused(() -> accounts.setTheme("neon"), "theme");

        assertThat(accounts.updateProfile(" New Name ", "new@example.org").displayName())
                .isEqualTo("New Name");
        accounts.setTheme("dark");
        assertThat(accounts.me().theme()).isEqualTo("dark");
    }

    @Test
    void the_chosen_language_is_kept_on_the_account_and_an_unknown_one_refused() {
        signIn(user(unique("language"), Role.FACT_CHECKER));
        assertThat(accounts.me().language())
                .as("the browser decides until one is chosen")
                .isNull();
        assertRefused(() -> accounts.setLanguage("tlh"), "language");
        accounts.setLanguage("zh-cn");
        assertThat(accounts.me().language()).isEqualTo("zh-CN");
        accounts.setLanguage("en");
        assertThat(accounts.me().language()).isEqualTo("en");
    }

    @Test
    void anonymous_callers_are_refused() {
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Autowired
    UserAdminService admin;

    private String adminCreates(String name) {
        return admin.create(new NewUser(name, "Forced", null, Set.of(Role.FACT_CHECKER)))
                .temporaryPassword();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo(field);
    }
}
