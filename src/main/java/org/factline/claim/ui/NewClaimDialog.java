package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Supplier;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.SubmitOnce;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimSummary;
import org.factline.search.SearchService;
import org.factline.search.SimilarItem;
import org.jspecify.annotations.Nullable;

/** A new claim, typed by hand or from a passage selected in an article. */
final class NewClaimDialog extends Dialog {

    final ClaimForm form;
    final Button create = new Button(translate("triage.create-claim"));
    final Div similar = new Div();
    private final SearchService search;
    private final ClaimService claims;
    private final @Nullable Long articleId;
    private final @Nullable String passage;
    private final int offset;

    /** @param passage the selected passage (becomes the first appearance), or null */
    NewClaimDialog(
            ClaimService claims, SearchService search, @Nullable Long articleId, @Nullable String passage, int offset) {
        this.claims = claims;
        this.search = search;
        this.articleId = articleId;
        this.passage = passage;
        this.offset = offset;
        setHeaderTitle(passage == null ? translate("claims.new") : translate("claim.from-passage"));
        form = new ClaimForm(claims);
        if (passage != null) {
            var quote = new Div(passage);
            quote.addClassName("claim-quote");
            add(quote);
            form.text.setValue(passage.length() <= 1000 ? passage : passage.substring(0, 1000));
        }
        similar.addClassName("similar-claims");
        similar.getElement().setAttribute("aria-live", "polite");
        form.text.addValueChangeListener(e -> showSimilar(e.getValue()));
        add(form, similar);
        showSimilar(form.text.getValue());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SubmitOnce.onClick(
                create,
                e -> save(() -> passage == null || articleId == null
                        ? claims.create(form.value())
                        : claims.createFromPassage(form.value(), articleId, passage, offset)));
        getFooter().add(new Button(translate("common.cancel"), e -> close()), create);
        setWidth("min(40rem, 96vw)");
        form.text.focus();
    }

    /** Claims already in Factline that read like this one, so nobody enters a claim twice. */
    void showSimilar(String text) {
        similar.removeAll();
        List<SimilarItem> found = search.similar("claim", text, null, 5);
        if (found.isEmpty()) {
            return;
        }
        var heading = new Div(VaadinIcon.LIGHTBULB.create(), new Span(translate("claim.similar")));
        heading.addClassName("similar-claims-heading");
        similar.add(heading);
        for (SimilarItem item : found) {
            var link = new Anchor(item.link(), item.title());
            link.setTarget("_blank");
            var row = new Div(link, new Span(item.status().replace('_', ' ')));
            row.addClassName("similar-claim");
            if (passage != null && articleId != null) {
                var attach = new Button(translate("claim.add-passage"), e -> attachTo(item.id()));
                attach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(attach);
            }
            similar.add(row);
        }
    }

    private void attachTo(long claimId) {
        try {
            claims.addAppearance(claimId, articleId, passage, offset);
            close();
            Notifications.success(translate("claim.passage-added"));
            UI.getCurrent().navigate("claims/" + claimId);
        } catch (ValidationException | ItemNotFoundException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void save(Supplier<ClaimSummary> action) {
        try {
            ClaimSummary claim = action.get();
            close();
            Notifications.success(translate("claim.created"));
            UI.getCurrent().navigate("claims/" + claim.id());
        } catch (ValidationException ex) {
            form.show(ex);
        }
    }
}
