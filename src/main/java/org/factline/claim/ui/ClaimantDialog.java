package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimantDetail;
import org.factline.claim.ClaimantKind;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.domain.Claimant;

/** Editors say who a claimant is: what kind, web pages about them (sameAs), other names. */
final class ClaimantDialog extends Dialog {

    final Select<ClaimantKind> kind = new Select<>();
    final TextArea links = new TextArea(translate("claimant.dialog.links"));
    final TextArea aliases = new TextArea(translate("claimant.dialog.aliases"));
    final Button save = new Button(translate("claimant.dialog.save"));

    ClaimantDialog(ClaimantProfiles profiles, ClaimantDetail claimant, Runnable onSaved) {
        setHeaderTitle(claimant.name());
        kind.setLabel(translate("claimant.dialog.kind"));
        kind.setItems(ClaimantKind.values());
        kind.setItemLabelGenerator(EnumTexts::of);
        kind.setValue(claimant.kind());
        kind.setHelperText(translate("claimant.dialog.kind.helper"));
        kind.setWidthFull();
        links.setValue(String.join("\n", claimant.links()));
        links.setHelperText(translate("claimant.dialog.links.helper", Claimant.LINKS_MAX));
        links.setWidthFull();
        aliases.setValue(String.join("\n", claimant.aliases()));
        aliases.setHelperText(translate("claimant.dialog.aliases.helper"));
        aliases.setWidthFull();
        add(kind, links, aliases);
        var errors = new FieldErrors(Map.of("links", links, "aliases", aliases));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            try {
                profiles.describe(
                        claimant.id(),
                        claimant.version(),
                        kind.getValue(),
                        lines(links.getValue()),
                        lines(aliases.getValue()));
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
        setWidth("min(36rem, 96vw)");
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank()).toList();
    }
}
