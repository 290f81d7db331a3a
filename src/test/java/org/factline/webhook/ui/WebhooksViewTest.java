package org.factline.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.IOException;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.security.AppRoles.Role;
import org.factline.webhook.DeliveryStatus;
import org.factline.webhook.EndpointForm;
import org.factline.webhook.EndpointSecret;
import org.factline.webhook.TestReceiver;
import org.factline.webhook.WebhookEvent;
import org.factline.webhook.WebhookService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class WebhooksViewTest extends AbstractAppTest {

    @Autowired
    WebhookService service;

    TestReceiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = TestReceiver.start();
        removeEndpoints();
    }

    @AfterEach
    void stopReceiver() {
        removeEndpoints();
        receiver.close();
    }

    private void removeEndpoints() {
        var previous = SecurityContextHolder.getContext();
        signIn(ADMIN);
        service.endpoints().forEach(e -> service.delete(e.id()));
        SecurityContextHolder.setContext(previous);
    }

    private WebhooksView open() {
        login(ADMIN);
        UI.getCurrent().navigate(WebhooksView.class);
        return _get(WebhooksView.class);
    }

    @Test
    void admin_adds_an_endpoint_sees_its_secret_once_and_sends_a_test_event() throws Exception {
        var view = open();
        assertThat(view.empty.isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Add the first endpoint")));
        var dialog = _get(EndpointDialog.class);
        _setValue(dialog.url, receiver.url());
        _setValue(dialog.description, "Newsroom CMS");
        _setValue(dialog.events, Set.of(WebhookEvent.VERDICT_APPROVED));
        _click(dialog.save);

        NotificationsKt.expectNotifications("Added " + receiver.url());
        String secret = _get(SecretDialog.class).secret.getValue();
        assertThat(secret).startsWith("whsec_");
        _click(_get(Button.class, spec -> spec.withText("Done")));
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var endpoint = GridKt._get(view.grid, 0);
        assertThat(endpoint.description()).isEqualTo("Newsroom CMS");
        assertThat(endpoint.events()).containsExactly(WebhookEvent.VERDICT_APPROVED);
        assertThat(GridKt._size(view.log.grid)).as("empty log").isZero();

        view.sendTest(endpoint);

        NotificationsKt.expectNotifications("Test event delivered (HTTP 200)");
        assertThat(receiver.received()).hasSize(1);
        assertThat(TestReceiver.signatureValid(receiver.received().getFirst(), secret))
                .isTrue();
        assertThat(GridKt._size(view.log.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.log.grid, 0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void a_refused_address_is_shown_on_the_field_and_nothing_is_added() {
        var view = open();
        view.openNew();
        var dialog = _get(EndpointDialog.class);
        _setValue(dialog.url, "ftp://files.example.org/drop");
        _click(dialog.save);

        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).contains("http or https");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.endpoints()).isEmpty();
    }

    @Test
    void a_failed_delivery_is_retried_from_the_log() {
        EndpointSecret created = endpointViaService();
        receiver.answer(500);
        service.sendTest(created.endpoint().id());
        var view = open();
        assertThat(GridKt._get(view.log.grid, 0).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(GridKt._get(view.log.grid, 0).lastError()).contains("HTTP 500");

        _click((Button) GridKt._getCellComponent(view.log.grid, 0, "actions"));

        NotificationsKt.expectNotifications("Delivered (HTTP 200)");
        assertThat(GridKt._get(view.log.grid, 0).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void deleting_asks_first_and_then_shows_the_empty_state() {
        EndpointSecret created = endpointViaService();
        var view = open();

        view.confirmDelete(GridKt._get(view.grid, 0));
        var confirm = _get(ConfirmDialog.class);
        assertThat(service.endpoints()).as("nothing happens before confirming").hasSize(1);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Deleted " + created.endpoint().url());
        assertThat(service.endpoints()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void an_endpoint_is_disabled_and_enabled_again() {
        endpointViaService();
        var view = open();

        view.toggle(GridKt._get(view.grid, 0));
        NotificationsKt.expectNotifications("Disabled " + receiver.url());
        assertThat(GridKt._get(view.grid, 0).enabled()).isFalse();

        view.toggle(GridKt._get(view.grid, 0));
        NotificationsKt.expectNotifications("Enabled " + receiver.url());
        assertThat(service.endpoints().getFirst().enabled()).isTrue();
    }

    @Test
    void the_log_follows_the_selected_endpoint() {
        endpointViaService();
        signIn(ADMIN);
        service.create(new EndpointForm(
                receiver.url() + "?desk=second", "second", Set.of(WebhookEvent.VERDICT_REOPENED), true));
        var view = open();
        assertThat(view.log.title.getText()).isEqualTo("Deliveries to " + receiver.url());

        var second = GridKt._get(view.grid, 1);
        view.grid.select(second);
        assertThat(view.log.title.getText()).isEqualTo("Deliveries to " + second.url());
        view.sendTest(second);
        NotificationsKt.expectNotifications("Test event delivered (HTTP 200)");
        assertThat(view.log.title.getText()).as("still the second").isEqualTo("Deliveries to " + second.url());
        assertThat(GridKt._size(view.log.grid)).isEqualTo(1);
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(GridKt._size(view.log.grid))
                .as("the first has no deliveries")
                .isZero();
    }

    @Test
    void fact_checkers_and_editors_may_not_open_the_page() {
        login(user("hookview-editor", Role.EDITOR));
        assertDenied("admin/webhooks");
        login(user("hookview-checker", Role.FACT_CHECKER));
        assertDenied("admin/webhooks");
    }

    @Test
    void someone_signed_out_is_sent_to_the_login_page() {
        assertSentToLogin("admin/webhooks");
    }

    private EndpointSecret endpointViaService() {
        signIn(ADMIN);
        return service.create(new EndpointForm(receiver.url(), null, Set.of(WebhookEvent.VERDICT_APPROVED), true));
    }
}
