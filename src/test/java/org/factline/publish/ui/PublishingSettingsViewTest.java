package org.factline.publish.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.factline.AbstractAppTest;
import org.factline.publish.PublishingSettings;
import org.factline.publish.PublishingSettingsForm;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PublishingSettingsViewTest extends AbstractAppTest {

    @Autowired
    PublishingSettings settings;

    @AfterEach
    void backToDefaults() {
        SystemAuthentication.runAsSystem(() -> {
            settings.save(settings.get().version(), new PublishingSettingsForm(null, null, null, false));
        });
    }

    @Test
    void an_admin_sees_the_defaults_and_saves_the_settings_with_a_checked_address() {
        login(user("ui-publishing-admin", Role.ADMIN));
        UI.getCurrent().navigate(PublishingSettingsView.class);
        var view = _get(PublishingSettingsView.class);
        assertThat(view.organizationName.getPlaceholder()).isEqualTo("Factline");
        assertThat(view.publicUrl.getPlaceholder()).isEqualTo("http://localhost:8080");
        assertThat(view.showEditorName.getValue()).isFalse();
        // "Not changed yet" on a fresh workspace; other tests of the shared context may have saved them
        assertThat(view.getElement().getTextRecursively()).containsAnyOf("Not changed yet", "Last changed by");

        _setValue(view.organizationName, "Harbour Fact Desk");
        _setValue(view.publicUrl, "checks.harbour.example");
        _click(view.save);
        assertThat(view.publicUrl.isInvalid()).isTrue();
        assertThat(view.publicUrl.getErrorMessage()).contains("https://");
        assertThat(SystemAuthentication.runAsSystem(() -> settings.current().organizationName()))
                .isEqualTo("Factline");

        _setValue(view.publicUrl, "https://checks.harbour.example");
        _setValue(view.showEditorName, true);
        _click(view.save);
        assertThat(view.publicUrl.isInvalid()).isFalse();
        var now = SystemAuthentication.runAsSystem(settings::current);
        assertThat(now.organizationName()).isEqualTo("Harbour Fact Desk");
        assertThat(now.publicUrl()).isEqualTo("https://checks.harbour.example");
        assertThat(now.showEditorName()).isTrue();
        assertThat(_get(view, Anchor.class).getHref()).isEqualTo("https://checks.harbour.example/published");
        assertThat(view.getElement().getTextRecursively()).contains("Last changed by ui-publishing-admin");
    }

    @Test
    void editors_and_fact_checkers_are_refused() {
        login(user("ui-publishing-editor", Role.EDITOR));
        assertDenied("admin/publishing");
        login(user("ui-publishing-checker", Role.FACT_CHECKER));
        assertDenied("admin/publishing");
    }
}
