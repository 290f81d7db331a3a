package org.factline.security.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.Serial;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a person sees when their session is gone: the node they worked on was restarted or lost,
 * and the load balancer sent them to another node, which doesn't know their session (Vaadin keeps
 * it on the node). Instead of Vaadin's "Session expired", they go straight to the sign-in page,
 * which says the server was restarted and that everything they saved is kept (it is in the
 * database). (Vaadin Flow has no "communication error" message: while no node answers at all, the
 * browser shows its own reconnecting indicator and retries; the first answer from another node is
 * then this "session expired".)
 */
@Component
class RestartMessages implements VaadinServiceInitListener {

    @Serial
    private static final long serialVersionUID = 1L;

    private final IdleSignOut idle;

    RestartMessages(IdleSignOut idle) {
        this.idle = idle;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        String contextPath = request == null ? "" : request.getContextPath();
        // Signed out after the session timeout without activity (IdleSignOut), or a lost session.
        boolean signedOut = request instanceof VaadinServletRequest servlet
                && idle.signedOutForInactivity(servlet.getRequestedSessionId());
        String signIn = contextPath + "/login?"
                + (signedOut ? LoginView.IDLE_PARAMETER + "=" + idle.minutes() : LoginView.RESTARTED_PARAMETER);
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(signIn);
        messages.setSessionExpiredNotificationEnabled(false); // the sign-in page says it
        Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
        messages.setSessionExpiredCaption(translate(locale, "login.restarted.caption"));
        messages.setSessionExpiredMessage(translate(locale, "login.restarted.message"));
        return messages;
    }
}
