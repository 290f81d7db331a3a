package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.factline.AbstractAppTest;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class NotFoundViewTest extends AbstractAppTest {

    /** Karibu can't open an unknown address (Flow hands it to the browser), so the router's call is made here. */
    @Test
    void the_routers_own_reasons_are_not_shown_only_the_general_explanation() {
        login(user("nf-checker", Role.FACT_CHECKER));
        var view = new NotFoundView();
        int status = view.setErrorParameter(
                Mockito.mock(BeforeEnterEvent.class),
                new ErrorParameter<>(
                        NotFoundException.class,
                        new NotFoundException("Couldn't find route for 'admin/secret'"),
                        "Access denied by annotation on admin/secret"));
        assertThat(status).isEqualTo(404);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("This page isn't here").contains("mistyped");
        assertThat(text).doesNotContain("admin/secret").doesNotContain("denied");
    }

    @Test
    void a_refusal_no_view_caught_becomes_an_error_notification() {
        login(user("nf-checker", Role.FACT_CHECKER));
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(RefusalNotices.Handler.class);

        // listener exceptions reach the handler wrapped, as they do from a button click
        handler.error(
                new ErrorEvent(new RuntimeException(new ItemNotFoundException("This suggestion no longer exists."))));
        NotificationsKt.expectNotifications("This suggestion no longer exists.");

        NotificationsKt.clearNotifications();
        var stale = new ConcurrentEditException("The event");
        handler.error(new ErrorEvent(stale));
        NotificationsKt.expectNotifications(stale.getMessage());
    }

    @Test
    void other_failures_are_not_turned_into_notifications() {
        login(user("nf-checker", Role.FACT_CHECKER));
        assertThat(RefusalNotices.Handler.refusal(new IllegalStateException("a bug")))
                .isNull();
        var gone = new ItemNotFoundException("gone");
        assertThat(RefusalNotices.Handler.refusal(new RuntimeException(new RuntimeException(gone))))
                .isSameAs(gone);
    }
}
