package org.factline.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.factline.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, from {@code vaadin-i18n/translations*.properties}: the plain file is
 * English, {@code translations_zh_CN} Simplified Chinese, and a key missing there falls back to
 * the English text.
 *
 * <p>Vaadin's {@code DefaultI18NProvider} reads the same files, but it falls back to the JVM's
 * default locale (an English browser would read Chinese on a server set to zh_CN) and runs
 * {@link MessageFormat} only when there are parameters, so a quote would need doubling in some
 * texts and not in others. Here every text is a MessageFormat pattern (write {@code ''} for an
 * apostrophe), and only the bundle's own parent chain is consulted.
 */
@Component
public class BundleTranslations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(BundleTranslations.class);
    private static final ResourceBundle.Control OWN_FILES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No text for key {} in {}", key, locale.toLanguageTag());
            return key;
        }
        return new MessageFormat(pattern, locale).format(params);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, BundleTranslations.class.getClassLoader(), OWN_FILES_ONLY);
    }
}
