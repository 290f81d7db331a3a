package org.factline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.Serial;
import org.factline.base.ConcurrentEditException;
import org.factline.base.DatabaseFailures;
import org.factline.base.DatabaseHealth;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The safety net under every view: a refusal a view didn't catch itself (a rule, an item deleted
 * in the meantime, a stale edit) still reaches the person as the usual error notification, and
 * nothing about it is logged, because it is the person's situation and not a fault. An action
 * that failed because the database can't be reached says so ({@link DatabaseFailures#MESSAGE}) and
 * leaves the page as it was, so a form keeps what was typed; the outage is logged once by
 * {@link DatabaseHealth}. Everything else goes to Vaadin's default handling.
 */
@Component
class RefusalNotices implements VaadinServiceInitListener {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient DatabaseHealth database;

    RefusalNotices(DatabaseHealth database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler(database)));
    }

    static final class Handler implements ErrorHandler {

        @Serial
        private static final long serialVersionUID = 1L;

        private final ErrorHandler fallback = new DefaultErrorHandler();
        private final transient DatabaseHealth database;

        Handler(DatabaseHealth database) {
            this.database = database;
        }

        @Override
        public void error(ErrorEvent event) {
            Throwable refusal = refusal(event.getThrowable());
            if (database.handled(event.getThrowable())) {
                if (UI.getCurrent() != null) {
                    Notifications.error(DatabaseFailures.MESSAGE);
                }
            } else if (refusal != null && UI.getCurrent() != null) {
                Notifications.error(refusal.getMessage());
            } else {
                fallback.error(event);
            }
        }

        /** Listeners' exceptions arrive wrapped (RPC invocation), so the cause chain is searched. */
        static @Nullable Throwable refusal(@Nullable Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof ItemNotFoundException
                        || c instanceof ValidationException
                        || c instanceof ConcurrentEditException) {
                    return c;
                }
            }
            return null;
        }
    }
}
