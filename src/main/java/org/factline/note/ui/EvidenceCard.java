package org.factline.note.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Locale;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.note.EvidenceDetail;
import org.factline.note.EvidenceService;
import org.jspecify.annotations.Nullable;

/** One evidence item: stance and kind, the source (link or file), the quote and translation, provenance. */
final class EvidenceCard extends Composite<Div> {

    interface Actions {
        void edit(EvidenceDetail item);

        void delete(EvidenceDetail item);

        void showPublicly(EvidenceDetail item, boolean shown);
    }

    EvidenceCard(EvidenceDetail e, EvidenceService service, Actions actions) {
        var content = getContent();
        content.addClassName("evidence-card");
        content.setId("evidence-" + e.id());
        var stance = new Span(org.factline.base.ui.EnumTexts.of(e.stance()));
        stance.addClassNames("badge", "stance-" + e.stance().name().toLowerCase(Locale.ROOT));
        var kind = new Span(org.factline.base.ui.EnumTexts.of(e.sourceType()));
        kind.addClassName("badge");
        var head = new Div(stance, kind);
        head.addClassName("evidence-head");
        if (e.shownPublicly()) {
            var shown = new Span(translate("evidence.public"));
            shown.addClassNames("badge", "evidence-public");
            shown.setTitle(translate("evidence.public.tip"));
            head.add(shown);
        }
        String name = e.title() != null ? e.title() : e.urlHost() != null ? e.urlHost() : e.fileName();
        if (e.url() != null) {
            head.add(external(e.url(), name == null ? e.url() : name));
        } else if (name != null) {
            head.add(new Span(name));
        }
        content.add(head);
        if (e.quote() != null) {
            var quote = new Paragraph(e.quote());
            quote.addClassName("evidence-quote");
            if (e.originalLanguage() != null) {
                quote.getElement().setAttribute("lang", e.originalLanguage());
            }
            content.add(quote);
        }
        if (e.translation() != null) {
            var translation = new Paragraph(translate("evidence.translation", e.translation()));
            translation.addClassName("evidence-translation");
            content.add(translation);
        }
        var meta = new Div();
        meta.addClassName("evidence-meta");
        var facts = new ArrayList<String>();
        if (e.originalLanguage() != null) {
            facts.add(translate("evidence.language", e.originalLanguage()));
        }
        if (e.accessedOn() != null) {
            facts.add(translate("evidence.accessed", org.factline.base.ui.Formats.day(e.accessedOn())));
        }
        facts.add(
                e.addedAt() == null
                        ? translate("claim.added-by", e.addedBy())
                        : translate("evidence.added-by-on", e.addedBy(), NoteCard.when(e.addedAt())));
        meta.add(new Span(String.join(" \u00b7 ", facts)));
        if (e.archiveUrl() != null) {
            meta.add(new Span(" \u00b7 "), external(e.archiveUrl(), translate("evidence.archived-copy")));
        }
        if (e.fileName() != null) {
            meta.add(new Span(" \u00b7 "), download(e, service));
        }
        content.add(meta);
        var buttons = new Div();
        buttons.addClassName("note-actions");
        if (e.canShowPublicly()) {
            var toggle = new Checkbox(translate("evidence.show-public"), e.shownPublicly());
            toggle.addClassName("evidence-public-toggle");
            toggle.setTooltipText(translate("evidence.show-public.tip"));
            toggle.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    actions.showPublicly(e, change.getValue());
                }
            });
            buttons.add(toggle);
        }
        if (e.canEdit()) {
            buttons.add(small(translate("common.edit"), () -> actions.edit(e)));
        }
        if (e.canDelete()) {
            var delete = small(translate("common.delete"), () -> actions.delete(e));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        content.add(buttons);
    }

    private static Anchor external(String href, String text) {
        var link = new Anchor(href, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return link;
    }

    /** Sent as an attachment (Content-Disposition), never shown inside Factline's pages. */
    private static Anchor download(EvidenceDetail e, EvidenceService service) {
        long id = e.id();
        var handler = DownloadHandler.fromInputStream(event -> {
            try {
                var file = service.file(id);
                byte[] bytes = file.bytes();
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes), file.fileName(), file.mediaType(), bytes.length);
            } catch (ValidationException | ItemNotFoundException gone) {
                return DownloadResponse.error(404, gone.getMessage());
            }
        });
        return new Anchor(handler, AttachmentType.DOWNLOAD, e.fileName() + " (" + size(e.fileSize()) + ")");
    }

    static String size(@Nullable Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, ev -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
