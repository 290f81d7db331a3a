package org.factline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.factline.base.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Which language each page speaks: the one the signed-in user chose (kept on their account), else
 * the first of the browser's Accept-Language that Factline has, else English. Set on every new UI
 * before its views are built, and written into {@code <html lang>} of the page Vaadin serves.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    private final UserPreferences preferences;

    UiLanguage(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", of(response.getVaadinRequest()).toLanguageTag()));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            Locale locale = of(VaadinRequest.getCurrent());
            ui.setLocale(locale);
            ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    /** Switches this browser session to {@code locale}, remembers it for the user, and redraws the page in it. */
    public void choose(Locale locale) {
        preferences.saveLanguage(locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private Locale of(@Nullable VaadinRequest request) {
        Locale browser = request == null
                ? Languages.ENGLISH
                : Languages.bestFor(request.getLocales().asIterator());
        try {
            return preferences.language().orElse(browser);
        } catch (DataAccessException | TransactionException e) {
            return browser; // the database is away: the page saying so still speaks the browser's language
        }
    }

    /** The language of the UI being drawn (English outside a UI, e.g. in a background thread without one). */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : ui.getLocale();
    }
}
