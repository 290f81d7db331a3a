package org.factline.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Per-user display preferences the shell needs, implemented by the user module (the shell must
 * not depend on it).
 */
public interface UserPreferences {

    Optional<String> theme();

    void saveTheme(String theme);

    /** The UI language the signed-in user chose; empty when nobody is signed in or they never chose. */
    Optional<Locale> language();

    void saveLanguage(Locale language);
}
