package org.factline.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** The sign-in page; Spring Security handles the POST and sends failures back with a reason. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Factline")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String REMEMBER_ME_PARAMETER = "remember-me";

    /** Set when the session was lost (the node restarted, or another node took over): {@link RestartMessages}. */
    public static final String RESTARTED_PARAMETER = "restarted";

    static final String RESTARTED_MESSAGE =
            "The server was restarted — please sign in again. Everything you saved is kept.";

    private final LoginForm login = new LoginForm();
    private final Paragraph restarted = new Paragraph(RESTARTED_MESSAGE);
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("Factline");
        title.addClassName("login-title");
        var tagline = new Paragraph("The fact-checking desk for your team");
        tagline.addClassName("login-tagline");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var rememberMe = new Checkbox("Keep me signed in on this device");
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
        if (!params.containsKey("error")) {
            return;
        }
        String reason = params.get("error").stream().findFirst().orElse("");
        String minutes = params.getOrDefault("minutes", List.of("15")).getFirst();
        var i18n = LoginI18n.createDefault();
        var error = new LoginI18n.ErrorMessage();
        switch (reason) {
            case "throttled" -> {
                error.setTitle("Too many failed attempts");
                error.setMessage("Sign-in is paused for this account or network. Try again in "
                        + minutes.replaceAll("[^0-9]", "") + " minute(s).");
            }
            case "disabled" -> {
                error.setTitle("Account disabled");
                error.setMessage("This account has been disabled. Ask an administrator to enable it.");
            }
            default -> {
                error.setTitle("Incorrect username or password");
                error.setMessage("Check that you entered the right username and password and try again.");
            }
        }
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        login.setError(true);
    }
}
