package org.factline.webhook;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for an endpoint; the service checks and cleans it.
 *
 * @param url where events are POSTed (http or https, not an internal address unless allowed)
 * @param description what the endpoint is, for the admins ("CMS staging")
 * @param events which events it receives, at least one
 */
public record EndpointForm(String url, @Nullable String description, Set<WebhookEvent> events, boolean enabled) {}
