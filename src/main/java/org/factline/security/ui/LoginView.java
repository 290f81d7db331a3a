package org.factline.security.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** The sign-in page; Spring Security handles the POST and sends failures back with a reason. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String REMEMBER_ME_PARAMETER = "remember-me";

    /** Set when the session was lost (the node restarted, or another node took over): {@link RestartMessages}. */
    public static final String RESTARTED_PARAMETER = "restarted";

    /** Set when the session ended after the timeout without activity, with its minutes: {@link IdleSignOut}. */
    public static final String IDLE_PARAMETER = "idle";

    private final LoginForm login = new LoginForm();
    private final Paragraph restarted = new Paragraph(translate("login.restarted"));
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("Factline");
        title.addClassName("login-title");
        var tagline = new Paragraph(translate("login.tagline"));
        tagline.addClassName("login-tagline");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(form());
        var rememberMe = new Checkbox(translate("login.remember-me"));
        rememberMe.getElement().setAttribute("name", REMEMBER_ME_PARAMETER);
        rememberMe.getElement().setAttribute("slot", "custom-form-area");
        login.getElement().appendChild(rememberMe.getElement());

        restarted.addClassName("login-notice");
        restarted.getElement().setAttribute("role", "status");
        restarted.getStyle().set("max-width", "24rem").set("text-align", "center");
        restarted.setVisible(false);

        add(title, tagline, restarted, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            // Signed in already (a bookmark, the back button): the form would only confuse.
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        restarted.setVisible(params.containsKey(RESTARTED_PARAMETER) && !params.containsKey("error"));
        if (params.containsKey(IDLE_PARAMETER) && !params.containsKey("error")) {
            restarted.setText(translate(
                    "login.signed-out-idle", minutes(params.get(IDLE_PARAMETER).getFirst())));
            restarted.setVisible(true);
        }
        if (!params.containsKey("error")) {
            return;
        }
        String reason = params.get("error").stream().findFirst().orElse("");
        String minutes = params.getOrDefault("minutes", List.of("15")).getFirst();
        var i18n = form();
        var error = new LoginI18n.ErrorMessage();
        switch (reason) {
            case "throttled" -> {
                error.setTitle(translate("login.error.throttled.title"));
                error.setMessage(translate("login.error.throttled.message", minutes(minutes)));
            }
            case "disabled" -> {
                error.setTitle(translate("login.error.disabled.title"));
                error.setMessage(translate("login.error.disabled.message"));
            }
            default -> {
                error.setTitle(translate("login.error.wrong.title"));
                error.setMessage(translate("login.error.wrong.message"));
            }
        }
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return translate("title.LoginView");
    }

    private static int minutes(String parameter) {
        String digits = parameter.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 4 ? 15 : Integer.parseInt(digits);
    }

    /** The form's own texts (Vaadin's defaults are English only). */
    private static LoginI18n form() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(translate("login.form.title"));
        form.setUsername(translate("login.form.username"));
        form.setPassword(translate("login.form.password"));
        form.setSubmit(translate("login.form.submit"));
        form.setForgotPassword(translate("login.form.forgot-password"));
        i18n.setErrorMessage(new LoginI18n.ErrorMessage());
        i18n.getErrorMessage().setTitle(translate("login.error.wrong.title"));
        i18n.getErrorMessage().setMessage(translate("login.error.wrong.message"));
        i18n.getErrorMessage().setUsername(translate("login.error.username-required"));
        i18n.getErrorMessage().setPassword(translate("login.error.password-required"));
        return i18n;
    }
}
