package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimantChoice;
import org.factline.claim.ClaimantDetail;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.MergePreview;

/**
 * Editors merge this claimant into another: pick the survivor, then confirm a summary naming
 * what moves (claims, names, links). The merged claimant's page then sends readers to the survivor.
 */
final class ClaimantMergeDialog extends Dialog {

    private static final int CHOICES = 20;

    final ComboBox<ClaimantChoice> survivor = new ComboBox<>(translate("claimant.merge.into"));
    final Button next = new Button(translate("claimant.merge.next"));
    ConfirmDialog confirm;

    ClaimantMergeDialog(ClaimantProfiles profiles, ClaimantDetail claimant) {
        setHeaderTitle(translate("claimant.merge.title", claimant.name()));
        survivor.setItems(
                query -> profiles
                        .otherClaimants(
                                claimant.id(), query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                        .stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        survivor.setItemLabelGenerator(ClaimantChoice::name);
        survivor.setHelperText(translate("claimant.merge.helper"));
        survivor.setWidthFull();
        add(survivor);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (survivor.getValue() == null) {
                survivor.setInvalid(true);
                survivor.setErrorMessage(translate("claimant.merge.pick"));
                return;
            }
            MergePreview preview;
            try {
                preview =
                        profiles.previewMerge(claimant.id(), survivor.getValue().id());
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
                return;
            }
            if (preview.mergedVersion() != claimant.version()) {
                Notifications.error(new ConcurrentEditException("This claimant").getMessage());
                close();
                UI.getCurrent().getPage().reload();
                return;
            }
            confirm(profiles, preview);
        });
        getFooter().add(new Button(translate("claimant.dialog.cancel"), e -> close()), next);
        setWidth("min(30rem, 96vw)");
    }

    private void confirm(ClaimantProfiles profiles, MergePreview preview) {
        confirm = new ConfirmDialog();
        confirm.setHeader(translate("claimant.merge.confirm.title", preview.mergedName(), preview.survivorName()));
        var text = new Paragraph(translate(
                "claimant.merge.confirm.text",
                preview.mergedName(),
                preview.survivorName(),
                preview.claims(),
                String.join(", ", preview.names()),
                preview.links().size()));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(translate("claimant.dialog.cancel"));
        confirm.setConfirmText(translate("claimant.merge.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                var done = profiles.merge(
                        preview.mergedId(), preview.mergedVersion(), preview.survivorId(), preview.survivorVersion());
                Notifications.success(translate(
                        "claimant.merged", done.mergedName(), done.survivor().name(), done.claimsMoved()));
                close();
                UI.getCurrent().navigate("claimants/" + done.survivor().id());
            } catch (ValidationException | ItemNotFoundException | ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.open();
    }
}
