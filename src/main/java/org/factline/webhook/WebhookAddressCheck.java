package org.factline.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.factline.base.AddressGuard;
import org.factline.base.ValidationException;
import org.factline.webhook.domain.WebhookEndpoint;

/**
 * The address rule when an admin saves an endpoint: http or https, a host, no credentials, and a
 * host that resolves to no internal address (unless URL import's setting allows internal
 * addresses). The sender checks again on every connection, since DNS answers change.
 */
final class WebhookAddressCheck {

    static final String INTERNAL = "This address points to an internal network (loopback, private or"
            + " link-local), which Factline does not send to. For receivers on an intranet, set"
            + " FACTLINE_IMPORT_ALLOW_PRIVATE_ADDRESSES=true.";

    private final AddressGuard guard;

    WebhookAddressCheck(AddressGuard guard) {
        this.guard = guard;
    }

    /** @return the address, trimmed */
    String check(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            throw new ValidationException("url", "Enter the address Factline should send events to.");
        }
        if (u.length() > WebhookEndpoint.URL_MAX_LENGTH) {
            throw new ValidationException(
                    "url", "Keep the address to " + WebhookEndpoint.URL_MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "This is not a valid web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ValidationException("url", "Use an http or https address (https://…).");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ValidationException("url", "This address has no host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException(
                    "url", "Leave user names and passwords out of the address: receivers check the signature.");
        }
        try {
            guard.resolve(uri.getHost());
        } catch (AddressGuard.InternalAddressException e) {
            throw new ValidationException("url", INTERNAL);
        } catch (UnknownHostException e) {
            throw new ValidationException("url", "The host " + uri.getHost() + " could not be found.");
        }
        return u;
    }
}
