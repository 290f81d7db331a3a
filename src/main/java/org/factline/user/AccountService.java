package org.factline.user;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.factline.base.Languages;
import org.factline.base.ValidationException;
import org.factline.security.CurrentUser;
import org.factline.security.LoginThrottle;
import org.factline.user.domain.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: profile, password, theme, language. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    public static final Set<String> THEMES = Set.of("light", "dark");

    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final PersistentTokenRepository rememberMeTokens;
    private final Clock clock;

    AccountService(
            UserAccounts accounts,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            LoginThrottle throttle,
            PersistentTokenRepository rememberMeTokens,
            Clock clock) {
        this.throttle = throttle;
        this.rememberMeTokens = rememberMeTokens;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyAccount me() {
        UserAccount a = mine();
        return new MyAccount(
                a.getUsername(),
                a.getDisplayName(),
                a.getEmail(),
                a.getRoles(),
                a.getPasswordChangedAt(),
                a.getLastLoginAt(),
                a.getTheme(),
                a.getLanguage());
    }

    /**
     * Changes the password after checking the current one. Other sessions and remember-me devices
     * of this user end; the caller keeps its session by adopting the returned epoch.
     *
     * @return the account's new session epoch
     */
    public long changePassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount account = mine();
        // The current-password check is a password oracle too: it shares the sign-in throttle.
        if (throttle.lockedFor(account.getUsername(), null).isPresent()) {
            throw new ValidationException(
                    "currentPassword", "Too many wrong passwords. Wait a few minutes and try again.");
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getUsername(), null);
            throw new ValidationException("currentPassword", "Your current password is not correct.");
        }
        if (!newPassword.equals(confirmation)) {
            throw new ValidationException("confirmation", "The two new passwords don't match.");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new ValidationException("password", "Choose a password different from the current one.");
        }
        passwordPolicy.check(account.getUsername(), newPassword);
        var before = UserAccounts.snapshot(account);
        account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        accounts.save(account);
        rememberMeTokens.removeUserTokens(account.getUsername());
        accounts.audit("user.password-changed", account, account.getUsername() + " changed their password", before);
        return account.getSessionEpoch();
    }

    public MyAccount updateProfile(String displayName, @Nullable String email) {
        UserAccount account = mine();
        var before = UserAccounts.snapshot(account);
        var check = new NewUser(
                account.getUsername(), displayName.strip(), UserAccounts.blankToNull(email), account.getRoles());
        accounts.validate(check);
        account.setProfile(check.displayName(), check.email());
        accounts.save(account);
        accounts.audit("user.profile-changed", account, account.getUsername() + " updated their profile", before);
        return me();
    }

    public void setTheme(String theme) {
        if (!THEMES.contains(theme)) {
            throw new ValidationException("theme", "Unknown theme: " + theme);
        }
        accounts.repository().updateTheme(currentUser.require().userId(), theme);
    }

    /** Remembers the UI language the user chose (a BCP 47 tag of one of {@link Languages#SUPPORTED}). */
    public void setLanguage(String languageTag) {
        Locale language = Languages.fromTag(languageTag)
                .orElseThrow(() -> new ValidationException("language", "Unknown language: " + languageTag));
        accounts.repository().updateLanguage(currentUser.require().userId(), language.toLanguageTag());
    }

    private UserAccount mine() {
        return accounts.load(currentUser.require().userId());
    }
}
