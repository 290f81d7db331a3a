package org.factline.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serial;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs a person out after {@code server.servlet.session.timeout} without activity, and lets the
 * sign-in page say so. An open tab's heartbeats don't count as activity ({@code
 * vaadin.closeIdleSessions=true}): Vaadin closes its session after the timeout since the last
 * request that did something; then the HTTP session (and with it the sign-in) is invalidated here
 * too, and its id remembered, so that the tab's next request, answered "session expired", is sent
 * to {@code /login?idle=<minutes>} ({@link RestartMessages}) instead of the "server was restarted"
 * notice. Every new HTTP session gets the timeout to the second (Tomcat's own setting counts
 * whole minutes).
 */
@Component
public class IdleSignOut implements VaadinServiceInitListener, HttpSessionListener {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int REMEMBERED = 10_000;

    private final Duration timeout;
    private final Set<String> signedOut = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    IdleSignOut(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.max(1, timeout.toSeconds()));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(this::destroyed);
    }

    private void destroyed(SessionDestroyEvent event) {
        long idle = System.currentTimeMillis() - event.getSession().getLastRequestTimestamp();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || idle < timeout.toMillis()) {
            return; // a sign-out, or the servlet container expired the session itself
        }
        WrappedSession session = request.getWrappedSession(false);
        if (session == null) {
            return;
        }
        signedOut.add(session.getId());
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // nothing left to end
        }
    }

    /** Whether the session of this id was ended here for inactivity. */
    boolean signedOutForInactivity(@Nullable String sessionId) {
        return sessionId != null && signedOut.contains(sessionId);
    }

    /** The timeout in whole minutes, at least 1, as the sign-in page says it. */
    int minutes() {
        return (int) Math.max(1, (timeout.toSeconds() + 59) / 60);
    }
}
