package org.factline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.base.AddressGuard;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.factline.security.CurrentUser;
import org.factline.webhook.domain.WebhookDeliveryRepository;
import org.factline.webhook.domain.WebhookEndpointRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Admins manage endpoints; addresses and input are checked when saving; nobody else may. */
class WebhookServiceTest extends AbstractWebhookTest {

    private static final Set<WebhookEvent> APPROVED = Set.of(WebhookEvent.VERDICT_APPROVED);

    @Autowired
    WebhookEndpointRepository endpointRows;

    @Autowired
    WebhookDeliveryRepository deliveryRows;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    WebhookPayloads payloads;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /**
     * The service as production configures it (internal addresses refused). The shared test
     * context allows them so that tests can run a receiver on loopback.
     */
    private WebhookService underDefaultRule() {
        return new WebhookService(
                endpointRows,
                deliveryRows,
                queue,
                worker,
                payloads,
                new WebhookAddressCheck(AddressGuard.of(false)),
                currentUser,
                publisher,
                clock);
    }

    @Test
    void internal_addresses_are_refused_when_saving_and_nothing_is_stored() {
        signIn(ADMIN);
        var strict = underDefaultRule();
        long before = endpointRows.count();
        for (String url : new String[] {
            "http://127.0.0.1:8080/hook",
            "http://localhost/hook",
            "http://10.20.30.40/hook",
            "https://192.168.1.5/hook",
            "http://172.16.0.9/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/hook",
            "http://0177.0.0.1/hook",
            "http://2130706433/hook"
        }) {
            assertThatThrownBy(() -> strict.create(new EndpointForm(url, null, APPROVED, true)))
                    .as(url)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("url");
                        assertThat(e.getMessage()).contains("internal network");
                    });
        }
        assertThat(endpointRows.count()).isEqualTo(before);
    }

    @Test
    void a_saved_endpoint_cannot_be_moved_to_an_internal_address_either() {
        signIn(ADMIN);
        var strict = underDefaultRule();
        // Built by hand, this service has no transaction proxy: the audit record needs one.
        EndpointSecret saved = transactions.execute(
                s -> strict.create(new EndpointForm("https://93.184.216.34/hooks", null, APPROVED, true)));

        assertThatThrownBy(() -> strict.update(
                        saved.endpoint().id(),
                        saved.endpoint().version(),
                        new EndpointForm("http://10.0.0.2/hooks", null, APPROVED, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("internal network");
        assertThat(webhooks.endpoints())
                .extracting(EndpointSummary::url)
                .containsExactly("https://93.184.216.34/hooks");
    }

    @Test
    void bad_input_is_refused_with_the_field_it_is_about() {
        signIn(ADMIN);
        assertRefused(new EndpointForm("", null, APPROVED, true), "url", "Enter the address");
        assertRefused(new EndpointForm("ftp://example.org/x", null, APPROVED, true), "url", "http or https");
        assertRefused(new EndpointForm("https:///nohost", null, APPROVED, true), "url", "no host");
        assertRefused(new EndpointForm("not an address", null, APPROVED, true), "url", "not a valid web address");
        assertRefused(new EndpointForm("https://user:pw@" + "127.0.0.1/x", null, APPROVED, true), "url", "passwords");
        assertRefused(new EndpointForm(receiver.url(), null, Set.of(), true), "events", "at least one");
        assertRefused(
                new EndpointForm(receiver.url(), null, Set.of(WebhookEvent.TEST), true), "events", "Send test event");
        assertRefused(new EndpointForm(receiver.url(), "x".repeat(201), APPROVED, true), "description", "200");
        assertThat(webhooks.endpoints()).isEmpty();
    }

    @Test
    void the_secret_is_returned_once_and_kept_out_of_the_audit_log() {
        EndpointSecret created = endpoint(APPROVED, true);
        assertThat(created.secret()).startsWith("whsec_");
        assertThat(created.toString()).doesNotContain(created.secret());
        signIn(ADMIN);
        webhooks.update(
                created.endpoint().id(),
                created.endpoint().version(),
                new EndpointForm(receiver.url(), "  renamed  ", Set.of(WebhookEvent.VERDICT_REOPENED), false));
        EndpointSummary now = webhooks.endpoints().getFirst();
        assertThat(now.description()).isEqualTo("renamed");
        assertThat(now.events()).containsExactly(WebhookEvent.VERDICT_REOPENED);
        assertThat(now.enabled()).isFalse();
        EndpointSecret replaced = webhooks.newSecret(now.id(), now.version());

        List<String> audit = jdbc.queryForList(
                "select concat(summary, ' ', coalesce(before_state, ''), ' ', coalesce(after_state, ''))"
                        + " from audit_entry where target_type = 'webhook' and target_id = ?",
                String.class,
                String.valueOf(now.id()));
        assertThat(audit).hasSize(3).noneMatch(a -> a.contains(created.secret()) || a.contains(replaced.secret()));
        assertThat(audit).anyMatch(a -> a.contains("Made a new secret"));
    }

    @Test
    void a_change_from_a_stale_page_is_refused() {
        EndpointSecret created = endpoint(APPROVED, true);
        signIn(ADMIN);
        webhooks.setEnabled(created.endpoint().id(), created.endpoint().version(), false);
        assertThatThrownBy(() -> webhooks.setEnabled(
                        created.endpoint().id(), created.endpoint().version(), true))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void deleting_an_endpoint_takes_its_log_with_it() {
        EndpointSecret created = endpoint(APPROVED, true);
        signIn(ADMIN);
        DeliverySummary test = webhooks.sendTest(created.endpoint().id());
        webhooks.delete(created.endpoint().id());
        assertThat(webhooks.endpoints()).isEmpty();
        assertThat(deliveryRows.existsById(test.id())).isFalse();
    }

    static Stream<Arguments> nonAdmins() {
        return Stream.of(Arguments.of(Role.FACT_CHECKER), Arguments.of(Role.EDITOR));
    }

    @ParameterizedTest
    @MethodSource("nonAdmins")
    void only_admins_manage_webhooks(Role role) {
        EndpointSecret created = endpoint(APPROVED, true);
        signIn(user("hook-" + role.name().toLowerCase().replace('_', '-'), role));
        Class<?> type = AopUtils.getTargetClass(webhooks);
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .toList();
        assertThat(methods).hasSizeGreaterThanOrEqualTo(9);
        for (Method m : methods) {
            assertThatThrownBy(() -> invoke(m, created.endpoint().id()))
                    .as("%s as %s", m.getName(), role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn(ADMIN);
        assertThat(webhooks.endpoints()).hasSize(1);
        assertThat(webhooks.deliveries(created.endpoint().id()))
                .as("nothing was sent on their behalf")
                .isEmpty();
    }

    private void invoke(Method m, long id) throws Throwable {
        Object[] args = Arrays.stream(m.getParameterTypes())
                .map(t -> t == long.class
                        ? (Object) id
                        : t == boolean.class
                                ? (Object) Boolean.TRUE
                                : new EndpointForm(receiver.url(), null, APPROVED, true))
                .toArray();
        try {
            m.invoke(webhooks, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void assertRefused(EndpointForm form, String field, String message) {
        assertThatThrownBy(() -> webhooks.create(form))
                .as(form.url())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
