package org.factline.webhook.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.factline.base.domain.AbstractEntity;
import org.factline.webhook.WebhookEvent;
import org.jspecify.annotations.Nullable;

/** An address Factline POSTs signed events to, with the secret that signs them. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends AbstractEntity {

    public static final int URL_MAX_LENGTH = 2000;
    public static final int DESCRIPTION_MAX_LENGTH = 200;

    @Column(name = "url", nullable = false, length = URL_MAX_LENGTH)
    private String url;

    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_event", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "event_type", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<WebhookEvent> events = new HashSet<>();

    protected WebhookEndpoint() {
        this.url = "";
        this.secret = "";
        this.createdBy = "";
    }

    public WebhookEndpoint(
            String url,
            @Nullable String description,
            Set<WebhookEvent> events,
            boolean enabled,
            String secret,
            String createdBy) {
        this.url = url;
        this.description = description;
        this.events = new HashSet<>(events);
        this.enabled = enabled;
        this.secret = secret;
        this.createdBy = createdBy;
    }

    public void change(String url, @Nullable String description, Set<WebhookEvent> events, boolean enabled) {
        this.url = url;
        this.description = description;
        this.events.clear();
        this.events.addAll(events);
        this.enabled = enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void replaceSecret(String secret) {
        this.secret = secret;
    }

    public String getUrl() {
        return url;
    }

    public @Nullable String getDescription() {
        return description;
    }

    /** The HMAC key. Never logged, never shown after it was created. */
    public String getSecret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Set<WebhookEvent> getEvents() {
        return events.isEmpty() ? EnumSet.noneOf(WebhookEvent.class) : EnumSet.copyOf(events);
    }
}
