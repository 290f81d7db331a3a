package org.factline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
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

    @Test
    void after_a_restart_the_sign_in_page_says_so_and_that_saved_work_is_kept() {
        logout();
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.RESTARTED_PARAMETER, ""));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-notice"))
                        .getText())
                .isEqualTo("The server was restarted — please sign in again. Everything you saved is kept.");
        assertThat(_get(LoginForm.class).isError()).isFalse();

        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("login-notice")))
                .as("not shown on an ordinary visit")
                .isEmpty();
    }

    @Test
    void a_lost_session_goes_to_the_sign_in_page_instead_of_session_expired() {
        SystemMessages messages =
                VaadinService.getCurrent().getSystemMessages(Locale.ENGLISH, VaadinRequest.getCurrent());
        assertThat(messages.getSessionExpiredURL()).endsWith("/login?restarted");
        assertThat(messages.isSessionExpiredNotificationEnabled())
                .as("straight to the sign-in page, which explains")
                .isFalse();
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
