package org.factline.webhook;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.webhook.domain.WebhookDeliveryRepository;
import org.factline.webhook.domain.WebhookEndpoint;
import org.factline.webhook.domain.WebhookEndpointRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage webhook endpoints and read their delivery logs. The secret is generated here and
 * returned only by {@link #create} and {@link #newSecret}; audit records never carry it.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class WebhookService {

    /** How many deliveries the log shows per endpoint, newest first. */
    public static final int LOG_SIZE = 50;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final DeliveryQueue queue;
    private final WebhookWorker worker;
    private final WebhookPayloads payloads;
    private final WebhookAddressCheck addresses;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            DeliveryQueue queue,
            WebhookWorker worker,
            WebhookPayloads payloads,
            WebhookAddressCheck addresses,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.queue = queue;
        this.worker = worker;
        this.payloads = payloads;
        this.addresses = addresses;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every endpoint, oldest first. */
    @Transactional(readOnly = true)
    public List<EndpointSummary> endpoints() {
        return endpoints.findAllByOrderByCreatedAtAscIdAsc().stream()
                .map(WebhookService::summary)
                .toList();
    }

    /** Adds an endpoint with a new secret, which the admin sees this once. */
    public EndpointSecret create(EndpointForm form) {
        var clean = clean(form);
        String secret = WebhookSigning.newSecret();
        var endpoint = endpoints.saveAndFlush(new WebhookEndpoint(
                clean.url(), clean.description(), clean.events(), clean.enabled(), secret, currentUser.actorName()));
        audit("webhook.created", endpoint, "Added webhook " + endpoint.getUrl(), null);
        return new EndpointSecret(summary(endpoint), secret);
    }

    /** Changes address, description, events and on/off; the secret stays. */
    public EndpointSummary update(long id, long expectedVersion, EndpointForm form) {
        WebhookEndpoint endpoint = load(id, expectedVersion);
        Map<String, Object> before = snapshot(endpoint);
        var clean = clean(form);
        endpoint.change(clean.url(), clean.description(), clean.events(), clean.enabled());
        endpoints.flush();
        audit("webhook.updated", endpoint, "Changed webhook " + endpoint.getUrl(), before);
        return summary(endpoint);
    }

    /** Turns an endpoint on or off; while off, nothing new is queued for it and queued deliveries wait. */
    public EndpointSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        WebhookEndpoint endpoint = load(id, expectedVersion);
        Map<String, Object> before = snapshot(endpoint);
        endpoint.setEnabled(enabled);
        endpoints.flush();
        audit(
                enabled ? "webhook.enabled" : "webhook.disabled",
                endpoint,
                (enabled ? "Enabled webhook " : "Disabled webhook ") + endpoint.getUrl(),
                before);
        return summary(endpoint);
    }

    /** Replaces the secret: the old one stops signing at once. The new one is shown this once. */
    public EndpointSecret newSecret(long id, long expectedVersion) {
        WebhookEndpoint endpoint = load(id, expectedVersion);
        String secret = WebhookSigning.newSecret();
        endpoint.replaceSecret(secret);
        endpoints.flush();
        audit("webhook.secret-replaced", endpoint, "Made a new secret for webhook " + endpoint.getUrl(), null);
        return new EndpointSecret(summary(endpoint), secret);
    }

    /** Deletes an endpoint with its delivery log; deliveries still queued are not sent. */
    public void delete(long id) {
        WebhookEndpoint endpoint = endpoints
                .findById(id)
                .orElseThrow(() -> new ItemNotFoundException("This webhook endpoint no longer exists."));
        audit("webhook.deleted", endpoint, "Deleted webhook " + endpoint.getUrl(), snapshot(endpoint));
        endpoints.delete(endpoint);
    }

    /** The endpoint's latest deliveries, newest first ({@link #LOG_SIZE} at most). */
    @Transactional(readOnly = true)
    public List<DeliverySummary> deliveries(long endpointId) {
        return deliveries.findByEndpointIdOrderByCreatedAtDescIdDesc(endpointId, PageRequest.of(0, LOG_SIZE)).stream()
                .map(DeliveryQueue::summary)
                .toList();
    }

    /**
     * Sends a test event to the endpoint now, enabled or not, and returns how it went. It gets one
     * attempt (no retries) and shows in the delivery log. No transaction is open while the receiver
     * is called (up to connect plus read timeout).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeliverySummary sendTest(long endpointId) {
        if (!endpoints.existsById(endpointId)) {
            throw new ItemNotFoundException("This webhook endpoint no longer exists.");
        }
        String id = UUID.randomUUID().toString();
        long deliveryId = queue.enqueue(
                endpointId, WebhookEvent.TEST, id, payloads.testEvent(id, clock.instant()), clock.instant());
        return attemptNow(deliveryId);
    }

    /**
     * Sends a failed delivery, or one waiting for its next retry, now. If this attempt fails too, a
     * delivery that was out of attempts stays failed; one that was waiting waits as before.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeliverySummary retry(long deliveryId) {
        if (!queue.requeue(deliveryId, clock.instant())) {
            throw new ValidationException("This delivery is being sent or was delivered already.");
        }
        return attemptNow(deliveryId);
    }

    private DeliverySummary attemptNow(long deliveryId) {
        return worker.attempt(deliveryId)
                .or(() -> queue.get(deliveryId))
                .orElseThrow(() -> new ItemNotFoundException("This webhook endpoint was deleted meanwhile."));
    }

    private EndpointForm clean(EndpointForm form) {
        String url = addresses.check(form.url());
        String description =
                form.description() == null ? "" : form.description().strip();
        if (description.length() > WebhookEndpoint.DESCRIPTION_MAX_LENGTH) {
            throw new ValidationException(
                    "description",
                    "Keep the description to " + WebhookEndpoint.DESCRIPTION_MAX_LENGTH + " characters.");
        }
        Set<WebhookEvent> wanted = form.events() == null ? Set.of() : form.events();
        if (wanted.isEmpty()) {
            throw new ValidationException("events", "Choose at least one event to send.");
        }
        if (!WebhookEvent.subscribable().containsAll(wanted)) {
            throw new ValidationException("events", "Test events are sent with \u201cSend test event\u201d only.");
        }
        return new EndpointForm(
                url, description.isEmpty() ? null : description, EnumSet.copyOf(wanted), form.enabled());
    }

    private WebhookEndpoint load(long id, long expectedVersion) {
        WebhookEndpoint endpoint = endpoints
                .findById(id)
                .orElseThrow(() -> new ItemNotFoundException("This webhook endpoint no longer exists."));
        if (endpoint.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This webhook endpoint");
        }
        return endpoint;
    }

    private static EndpointSummary summary(WebhookEndpoint e) {
        return new EndpointSummary(
                e.getId(),
                e.getVersion(),
                e.getUrl(),
                e.getDescription(),
                e.getEvents(),
                e.isEnabled(),
                e.getCreatedBy(),
                e.getCreatedAt());
    }

    /** What the audit log keeps of an endpoint: never the secret. */
    private static Map<String, Object> snapshot(WebhookEndpoint e) {
        var map = new LinkedHashMap<String, Object>();
        map.put("url", e.getUrl());
        map.put("description", e.getDescription() == null ? "" : e.getDescription());
        map.put(
                "events",
                e.getEvents().stream().map(WebhookEvent::wireName).sorted().collect(Collectors.joining(", ")));
        map.put("enabled", e.isEnabled());
        return map;
    }

    private void audit(String action, WebhookEndpoint endpoint, String summary, @Nullable Map<String, Object> before) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "webhook",
                String.valueOf(endpoint.getId()),
                summary,
                before,
                action.equals("webhook.deleted") ? null : snapshot(endpoint)));
    }
}
