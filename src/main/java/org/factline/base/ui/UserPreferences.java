package org.factline.base.ui;

import java.util.Optional;

/**
 * Per-user display preferences the shell needs, implemented by the user module (the shell must
 * not depend on it).
 */
public interface UserPreferences {

    Optional<String> theme();

    void saveTheme(String theme);
}
