package org.factline.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReference;
import org.factline.base.export.ExportFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A list's "Export" menu: each entry is a link with the {@code download} attribute whose file is
 * written when it is clicked, streamed to the browser as it is produced (Vaadin's {@link
 * DownloadHandler}), never held in memory. What an entry writes is decided at the click, under the
 * UI's lock, from what the list shows then (its filter and order); the writing itself runs outside
 * the lock, so the page stays usable while a large file downloads.
 */
public final class ExportMenu extends MenuBar {

    /** The file's content, written to the browser. */
    @FunctionalInterface
    public interface Content extends Serializable {
        void writeTo(OutputStream out) throws IOException;
    }

    private final SubMenu entries;

    public ExportMenu() {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var top = addItem(new Span(VaadinIcon.DOWNLOAD.create(), new Span(" " + translate("export.menu"))));
        top.setAriaLabel(translate("export.menu"));
        entries = top.getSubMenu();
    }

    /** "{what} as CSV" and "{what} as JSON", saved as {@code fileName.csv} and {@code .json}. */
    public ExportMenu addTable(String what, String fileName, SerializableFunction<ExportFormat, Content> content) {
        for (ExportFormat format : ExportFormat.values()) {
            add(
                    translate("export.as", what, format.label()),
                    fileName + "." + format.extension(),
                    format.contentType(),
                    () -> content.apply(format));
        }
        return this;
    }

    /** One entry; {@code content} is asked at the click, under the UI's lock. */
    public ExportMenu add(String label, String fileName, String contentType, SerializableSupplier<Content> content) {
        var link = new Anchor((DownloadHandler) event -> download(event, fileName, contentType, content), label);
        link.getElement().setAttribute("download", true);
        entries.addItem(link);
        return this;
    }

    private static void download(
            DownloadEvent event, String fileName, String contentType, SerializableSupplier<Content> content)
            throws IOException {
        UI ui = event.getUI();
        var shown = new AtomicReference<Content>();
        ui.accessSynchronously(() -> shown.set(content.get()));
        event.setFileName(fileName);
        event.setContentType(contentType);
        try (OutputStream out = event.getOutputStream()) {
            shown.get().writeTo(out);
        } catch (RuntimeException refused) {
            String message = refusal(refused, ui.getLocale());
            if (message == null) {
                throw refused;
            }
            event.getResponse().setStatus(refused instanceof AccessDeniedException ? 403 : 400);
            ui.access(() -> Notifications.error(message));
        }
    }

    /** The message a refusal gives the person (no stack trace), or null for a fault. */
    private static @Nullable String refusal(RuntimeException e, java.util.Locale locale) {
        if (e instanceof AccessDeniedException) {
            return translate(locale, "export.denied");
        }
        Throwable refusal = RefusalNotices.Handler.refusal(e);
        return refusal == null ? null : refusal.getMessage();
    }
}
