package org.factline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.factline.AbstractAppTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends AbstractAppTest {

    @Test
    void the_login_page_offers_remember_me_to_the_form_post() {
        logout();
        UI.getCurrent().navigate(LoginView.class);
        var form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        var remember = _get(Checkbox.class);
        assertThat(remember.getElement().getAttribute("name")).isEqualTo("remember-me");
        assertThat(remember.getElement().getAttribute("slot")).isEqualTo("custom-form-area");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_signed_in_person_opening_the_sign_in_page_lands_on_the_start_page() {
        login(user(unique("signed-in"), org.factline.security.AppRoles.Role.FACT_CHECKER));
        UI.getCurrent().navigate(LoginView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(LoginForm.class))
                .isEmpty();
    }

    @Test
    void each_failure_reason_gets_its_own_message() {
        logout();
        assertThat(errorFor(Map.of("error", "credentials"))).isEqualTo("Incorrect username or password");
        assertThat(errorFor(Map.of("error", "disabled"))).isEqualTo("Account disabled");
        assertThat(errorFor(Map.of("error", "throttled", "minutes", "12"))).isEqualTo("Too many failed attempts");
    }

    private static String errorFor(Map<String, String> params) {
        UI.getCurrent().navigate("login", QueryParameters.simple(params));
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return titleOf(form);
    }

    private static String titleOf(LoginForm form) {
        // The i18n object is sent to the browser as JSON; read the error title from it.
        var json = form.getElement().getPropertyRaw("i18n").toString();
        var start = json.indexOf("\"title\":\"", json.indexOf("\"errorMessage\"")) + 9;
        return json.substring(start, json.indexOf('"', start));
    }
}
