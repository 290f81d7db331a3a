package org.factline.backup.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import org.factline.backup.BackupService;
import org.factline.backup.BackupSummary;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;

/**
 * Restoring replaces everyone's work: the button only works once the workspace name is typed, and
 * the service checks it again.
 */
final class RestoreDialog extends Dialog {

    final TextField confirmation = new TextField(translate("backups.restore.workspace"));
    final Button restore = new Button(translate("backups.restore.confirm"));

    RestoreDialog(BackupService backups, BackupSummary backup, Runnable onStarted) {
        String name = backups.workspaceName();
        setHeaderTitle(translate("backups.restore.title", backup.name()));
        confirmation.setHelperText(translate("backups.restore.type", name));
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.setWidthFull();
        add(new Paragraph(translate("backups.restore.text")), confirmation);
        restore.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        restore.setEnabled(false);
        confirmation.addValueChangeListener(
                e -> restore.setEnabled(e.getValue().strip().equals(name)));
        var errors = new FieldErrors(Map.of("confirmation", confirmation));
        restore.addClickListener(e -> {
            try {
                backups.restore(backup.name(), confirmation.getValue());
                close();
                onStarted.run();
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
                close();
            }
        });
        getFooter().add(new Button(translate("common.cancel"), e -> close()), restore);
        setWidth("min(32rem, 95vw)");
    }
}
