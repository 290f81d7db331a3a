package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimantDetail;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.domain.Claimant;

/** Editors give a claimant a new name; the old one stays as an alias. */
final class ClaimantRenameDialog extends Dialog {

    final TextField name = new TextField(translate("claimant.rename.name"));
    final Button save = new Button(translate("claimant.rename.save"));

    ClaimantRenameDialog(ClaimantProfiles profiles, ClaimantDetail claimant, Runnable onSaved) {
        setHeaderTitle(translate("claimant.rename.title", claimant.name()));
        name.setValue(claimant.name());
        name.setMaxLength(Claimant.NAME_MAX_LENGTH);
        name.setHelperText(translate("claimant.rename.helper"));
        name.setWidthFull();
        add(name);
        var errors = new FieldErrors(Map.of("name", name));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            try {
                profiles.rename(claimant.id(), claimant.version(), name.getValue());
                Notifications.success(translate("claimant.saved"));
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
        getFooter().add(new Button(translate("claimant.dialog.cancel"), e -> close()), save);
        setWidth("min(30rem, 96vw)");
    }
}
