package org.factline.user;

import java.util.Locale;
import java.util.Optional;
import org.factline.base.Languages;
import org.factline.base.ui.UserPreferences;
import org.factline.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The shell's view of the signed-in user's theme and language, stored on the account so they
 * follow the user from device to device. */
@Component
class ThemePreferences implements UserPreferences {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    ThemePreferences(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> theme() {
        return currentUser.get().map(me -> accounts.me().theme());
    }

    @Override
    public void saveTheme(String theme) {
        accounts.setTheme(theme);
    }

    @Override
    public Optional<Locale> language() {
        return currentUser.get().flatMap(me -> Languages.fromTag(accounts.me().language()));
    }

    @Override
    public void saveLanguage(Locale language) {
        accounts.setLanguage(language.toLanguageTag());
    }
}
