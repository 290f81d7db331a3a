package org.factline.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimantDetail;
import org.factline.claim.ClaimantKind;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.domain.Claimant;

/** Editors say who a claimant is: person or organisation, and web pages about them. */
final class ClaimantDialog extends Dialog {

    final Select<ClaimantKind> kind = new Select<>();
    final TextArea links = new TextArea("Web pages about them");
    final Button save = new Button("Save");

    ClaimantDialog(ClaimantProfiles profiles, ClaimantDetail claimant, Runnable onSaved) {
        setHeaderTitle(claimant.name());
        kind.setLabel("Kind");
        kind.setItems(ClaimantKind.values());
        kind.setItemLabelGenerator(ClaimantKind::label);
        kind.setValue(claimant.kind());
        kind.setHelperText("Public verdict pages name a person as a Person, every other kind as an Organization.");
        kind.setWidthFull();
        links.setValue(String.join("\n", claimant.links()));
        links.setHelperText("One address per line, at most " + Claimant.LINKS_MAX
                + ": an encyclopedia entry, an official site. Public pages list them as who this is (sameAs).");
        links.setWidthFull();
        add(kind, links);
        var errors = new FieldErrors(Map.of("links", links));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            try {
                profiles.describe(claimant.id(), claimant.version(), kind.getValue(), lines(links.getValue()));
                Notifications.success("Claimant saved.");
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException | ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36rem, 96vw)");
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank()).toList();
    }
}
