package org.factline.publish.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.publish.PublicSite;
import org.factline.publish.PublishingSettings;
import org.factline.publish.PublishingSettingsDetail;
import org.factline.publish.PublishingSettingsForm;
import org.factline.publish.domain.SiteSettings;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;

/** Admins say who publishes the verdicts, where the public pages live and whether they name the editor. */
@Route("admin/publishing")
@PageTitle("Publishing · Factline")
@Menu(order = 14, icon = "vaadin:globe", title = "Publishing")
@RolesAllowed(AppRoles.ADMIN)
public class PublishingSettingsView extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final PublishingSettings settings;
    final TextField organizationName = new TextField("Organisation name");
    final TextField organizationUrl = new TextField("Organisation's web address");
    final TextField publicUrl = new TextField("Public address of Factline");
    final Checkbox showEditorName = new Checkbox("Show the approving editor's name on public pages");
    final Button save = new Button("Save settings");
    private final Paragraph status = new Paragraph();
    private final Anchor open = new Anchor();
    private final FieldErrors errors;
    private long version;

    PublishingSettingsView(PublishingSettings settings) {
        this.settings = settings;
        organizationName.setMaxLength(SiteSettings.NAME_MAX_LENGTH);
        organizationUrl.setMaxLength(2000);
        publicUrl.setMaxLength(2000);
        showEditorName.setTooltipText("Off: verdicts are the organisation's, and no team member is named.");
        errors = new FieldErrors(Map.of(
                "organizationName", organizationName, "organizationUrl", organizationUrl, "publicUrl", publicUrl));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        open.setTarget(AnchorTarget.BLANK);

        var intro = new Paragraph("Approved verdicts are published at /published: each verdict's page with its"
                + " ClaimReview data for search engines, the list of verdicts and the feeds. These settings say"
                + " who publishes them and where. Leave a field empty to use the value the server was started"
                + " with (shown in grey).");
        var form = new FormLayout(organizationName, organizationUrl, publicUrl, showEditorName);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var body = new Div(intro, form, save, status, open);
        body.addClassNames("view-content", "narrow-form", "publishing-settings");
        add(new ViewToolbar("Publishing"), body);
        show(settings.get());
    }

    private void save() {
        errors.clear();
        try {
            show(settings.save(
                    version,
                    new PublishingSettingsForm(
                            organizationName.getValue(),
                            organizationUrl.getValue(),
                            publicUrl.getValue(),
                            showEditorName.getValue())));
            Notifications.success("Publishing settings saved; the public pages use them now.");
        } catch (ValidationException ex) {
            errors.show(ex);
        } catch (ConcurrentEditException ex) {
            Notifications.error(ex.getMessage());
            show(settings.get());
        }
    }

    private void show(PublishingSettingsDetail detail) {
        version = detail.version();
        PublicSite defaults = detail.defaults();
        organizationName.setValue(text(detail.saved().organizationName()));
        organizationName.setPlaceholder(defaults.organizationName());
        organizationName.setHelperText(
                "The author of every published verdict (ClaimReview), named on every public page.");
        organizationUrl.setValue(text(detail.saved().organizationUrl()));
        organizationUrl.setPlaceholder(defaults.organizationUrl());
        organizationUrl.setHelperText("Its own website, https://…");
        publicUrl.setValue(text(detail.saved().publicUrl()));
        publicUrl.setPlaceholder(defaults.publicUrl());
        publicUrl.setHelperText("Where readers reach Factline, https://…: every link on the public pages and in"
                + " the ClaimReview data starts with it.");
        showEditorName.setValue(detail.saved().showEditorName());
        status.setText(
                detail.changedBy() == null || detail.changedAt() == null
                        ? "Not changed yet: the public pages use the server's settings."
                        : "Last changed by " + detail.changedBy() + " on " + WHEN.format(detail.changedAt()) + ".");
        String index = detail.effective().absolute("/published");
        open.setHref(index);
        open.setText("Open the public pages (" + index + ")");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
