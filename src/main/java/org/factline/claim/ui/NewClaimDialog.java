package org.factline.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimSummary;
import org.jspecify.annotations.Nullable;

/** A new claim, typed by hand or from a passage selected in an article. */
final class NewClaimDialog extends Dialog {

    final ClaimForm form;
    final Button create = new Button("Create claim");

    /** @param passage the selected passage (becomes the first appearance), or null */
    NewClaimDialog(ClaimService claims, @Nullable Long articleId, @Nullable String passage, int offset) {
        setHeaderTitle(passage == null ? "New claim" : "Claim from this passage");
        form = new ClaimForm(claims);
        if (passage != null) {
            var quote = new Div(passage);
            quote.addClassName("claim-quote");
            add(quote);
            form.text.setValue(passage.length() <= 1000 ? passage : passage.substring(0, 1000));
        }
        add(form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> save(() -> passage == null || articleId == null
                ? claims.create(form.value())
                : claims.createFromPassage(form.value(), articleId, passage, offset)));
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("min(40rem, 96vw)");
        form.text.focus();
    }

    private void save(Supplier<ClaimSummary> action) {
        try {
            ClaimSummary claim = action.get();
            close();
            Notifications.success("Claim created.");
            UI.getCurrent().navigate("claims/" + claim.id());
        } catch (ValidationException ex) {
            form.show(ex);
        }
    }
}
